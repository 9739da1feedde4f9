import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the body of `word/document.xml` into lines of text, in document order, as Word shows the final text.
///
/// - A paragraph (`w:p`) is a line; a manual line break (`w:br`, `w:cr`) inside it starts another; `w:tab` is a tab.
/// - A table row (`w:tr`) is a line of tab-separated cells. A cell's paragraphs are joined without a separator
///   and its whitespace collapsed, so `商业` / `企业` on two lines of a cell read `商业企业`. A cell spanning N grid
///   columns (`w:gridSpan`) prints its text once and then N−1 empty cells; a cell continuing a vertical merge
///   (`w:vMerge` without `restart`) prints only empty cells: either way the columns stay aligned.
/// - A cell holding a nested table, and the single cell of a one-column table (a frame around the content), is
///   a container: its paragraphs and the nested rows come out as lines of their own, after its row's line (which
///   is left out when the container cells are all the row holds).
/// - Not shown, so not read: deleted text (`w:del`, `w:delText`, `w:moveFrom`), field instructions (`w:instrText`,
///   and anything between a field's `begin` and `separate`), hidden runs (`w:vanish`), the fallback copy of
///   alternate content (`mc:Fallback`), ruby annotations, and recorded property changes (`w:tcPrChange`…).
enum DocxBodyReader {
    /// The lines of the document's body.
    /// - Throws: `DocxFailure` when the XML is not well formed, declares a DTD, or has no `w:body`.
    static func lines(from xml: Data) throws(DocxFailure) -> [String] {
        guard !xml.isEmpty else { throw .malformedXML(line: 1, column: 1, problem: "the part is empty") }
        // Word never writes a DTD; refusing one keeps entity expansion (billion laughs) out entirely.
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil { throw .declaresDTD }
        try requireUTF8(xml)
        let walker = BodyWalker()
        // Fed as a stream: given all the data at once, libxml2 stops with an internal error past about 10 MB on
        // one line, and Word writes the whole body on one line.
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = walker
        // On Linux `parse()` may return true after reporting an error, so the error itself is what counts.
        let succeeded = parser.parse()
        if let error = walker.firstError {
            throw .malformedXML(line: max(1, error.line), column: max(1, error.column), problem: describe(error.code))
        }
        if !succeeded || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw .malformedXML(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber), problem: describe(code))
        }
        if walker.openElements > 0 || !walker.reachedEnd {
            // Linux's XMLParser may report no error when the text ends inside an element.
            throw .malformedXML(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber), problem: describe(5))
        }
        guard walker.sawBody else { throw .noBody }
        return walker.lines
    }

    /// What a parse error code means. Both Foundations report libxml2's error numbers (`xmlParserErrors`), but
    /// on Linux `XMLParser.ErrorCode` does not match them, so they are named here.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 3, 4: "no XML document starts here"
        case 5: "the text ends before its elements are closed"
        case 6...13, 81: "an invalid character"
        case 14...30: "a malformed entity reference"
        case 31, 32, 79: "an encoding the XML reader does not know"
        case 38...42: "a malformed attribute"
        case 56, 57: "a malformed XML declaration"
        case 65...75, 77: "a malformed tag"
        case 76: "a closing tag does not match the element it closes"
        case 85: "the elements are not properly nested"
        case 86: "text after the document element"
        default: "XML error \(code)"
        }
    }
}

/// The element kinds the walk acts on, told by namespace and local name.
private enum Tag: Equatable {
    case body, paragraph, run, runProperties, text, tab, lineBreak, noBreakHyphen
    case table, gridColumn, row, rowProperties, gridBefore, gridAfter
    case cell, cellProperties, gridSpan, verticalMerge, horizontalMerge
    case fieldCharacter, vanish
    /// `w:del`: deleted runs, or in `w:trPr` a deleted row.
    case deletion
    /// An element whose whole content is not part of the shown text.
    case hidden
    case other

    private static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", // transitional, what Word writes
        "http://purl.oclc.org/ooxml/wordprocessingml/main", // strict
    ]
    private static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    private static let wordTags: [String: Tag] = [
        "body": .body, "p": .paragraph, "r": .run, "rPr": .runProperties, "t": .text,
        "tab": .tab, "ptab": .tab, "br": .lineBreak, "cr": .lineBreak, "noBreakHyphen": .noBreakHyphen,
        "tbl": .table, "gridCol": .gridColumn, "tr": .row, "trPr": .rowProperties,
        "gridBefore": .gridBefore, "gridAfter": .gridAfter,
        "tc": .cell, "tcPr": .cellProperties, "gridSpan": .gridSpan, "vMerge": .verticalMerge, "hMerge": .horizontalMerge,
        "fldChar": .fieldCharacter, "vanish": .vanish, "del": .deletion,
        "delText": .hidden, "delInstrText": .hidden, "instrText": .hidden, "moveFrom": .hidden, "rt": .hidden,
        // Earlier revisions of properties: an old gridSpan or vMerge must not count.
        "rPrChange": .hidden, "pPrChange": .hidden, "tblPrChange": .hidden, "tblPrExChange": .hidden,
        "trPrChange": .hidden, "tcPrChange": .hidden, "tblGridChange": .hidden, "sectPrChange": .hidden,
        "numberingChange": .hidden,
    ]

    init(name: String, namespace: String?) {
        guard let namespace else { self = .other; return }
        if Self.wordNamespaces.contains(namespace) {
            self = Self.wordTags[name] ?? .other
        } else if namespace == Self.compatibilityNamespace, name == "Fallback" {
            // The same content again for older readers (text boxes as VML): reading it would print it twice.
            self = .hidden
        } else {
            self = .other
        }
    }

    var startsHiddenContent: Bool { self == .hidden || self == .deletion }
}

/// The part of a table being read: its grid, and the open row and cell.
private struct TableState {
    struct Cell {
        var span = 1
        var isContinuation = false
        var paragraphs: [String] = []
        /// Holds a nested table: its paragraphs and rows become lines of their own.
        var isContainer = false
    }

    var gridColumns = 0
    var cells: [String] = []
    var cellCount = 0
    var rowHasContainer = false
    var rowIsDeleted = false
    var gridBefore = 0
    var gridAfter = 0
    /// Lines from the open row's container cells, printed after the row's own line.
    var containerLines: [String] = []
    /// The paragraphs of the row's last plain cell, which become lines when the table is a one-column frame.
    var lastCellParagraphs: [String] = []
    var cell: Cell?

    mutating func startRow() {
        cells = []
        cellCount = 0
        rowHasContainer = false
        rowIsDeleted = false
        gridBefore = 0
        gridAfter = 0
        containerLines = []
        lastCellParagraphs = []
        cell = nil
    }
}

/// Where a complex field (`w:fldChar`) is: its instruction is not shown, its result is.
private enum FieldPart {
    case instruction
    case result
}

/// The `XMLParser` delegate; kept private so its mutable state never escapes the one parse that uses it.
private final class BodyWalker: NSObject, XMLParserDelegate {
    private(set) var lines: [String] = []
    private(set) var sawBody = false
    private(set) var firstError: (code: Int, line: Int, column: Int)?
    /// Elements opened and not closed when the parse ends: the text was cut short.
    var openElements: Int { tags.count }
    private(set) var reachedEnd = false

    /// Open elements, innermost last.
    private var tags: [Tag] = []
    /// How many open elements hide their content; nothing inside them is read.
    private var hiddenDepth = 0
    /// Open paragraphs' text, innermost last (a text box's paragraphs sit inside another paragraph).
    private var paragraphs: [String] = []
    private var tables: [TableState] = []
    private var fields: [FieldPart] = []
    private var runIsHidden = false

    /// Maximum columns of a Word table; a larger span or skip is damage, not layout.
    private static let maximumColumns = 63

    // MARK: Events

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let tag = Tag(name: elementName, namespace: namespaceURI)
        let parent = tags.last
        tags.append(tag)
        if hiddenDepth > 0 {
            if tag.startsHiddenContent { hiddenDepth += 1 }
            return
        }
        switch tag {
        case .body:
            sawBody = true
        case .paragraph:
            paragraphs.append("")
        case .run:
            runIsHidden = false
        case .tab where parent == .run:
            append("\t")
        case .lineBreak where parent == .run:
            append("\n")
        case .noBreakHyphen where parent == .run:
            append("-")
        case .vanish where parent == .runProperties && tags.dropLast(2).last == .run:
            runIsHidden = Self.isOn(attributes)
        case .fieldCharacter:
            switch Self.value(attributes, "fldCharType") {
            case "begin": fields.append(.instruction)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = .result }
            case "end": _ = fields.popLast()
            default: break
            }
        case .table:
            startTable()
        case .gridColumn:
            if !tables.isEmpty { tables[tables.count - 1].gridColumns += 1 }
        case .row:
            if !tables.isEmpty { tables[tables.count - 1].startRow() }
        case .gridBefore where parent == .rowProperties:
            if !tables.isEmpty { tables[tables.count - 1].gridBefore = Self.count(attributes, default: 0) }
        case .gridAfter where parent == .rowProperties:
            if !tables.isEmpty { tables[tables.count - 1].gridAfter = Self.count(attributes, default: 0) }
        case .cell:
            if !tables.isEmpty { tables[tables.count - 1].cell = TableState.Cell() }
        case .gridSpan where parent == .cellProperties:
            updateCell { $0.span = max(1, Self.count(attributes, default: 1)) }
        case .verticalMerge where parent == .cellProperties, .horizontalMerge where parent == .cellProperties:
            // `<w:vMerge/>` and `continue` continue the cell above; only `restart` starts a merged cell.
            updateCell { $0.isContinuation = Self.value(attributes, "val") != "restart" }
        case .deletion:
            if parent == .rowProperties, !tables.isEmpty { tables[tables.count - 1].rowIsDeleted = true }
            hiddenDepth += 1
        case .hidden:
            hiddenDepth += 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let tag = tags.popLast() else { return }
        if hiddenDepth > 0 {
            if tag.startsHiddenContent { hiddenDepth -= 1 }
            return
        }
        switch tag {
        case .paragraph: endParagraph()
        case .run: runIsHidden = false
        case .cell: endCell()
        case .row: endRow()
        case .table: _ = tables.popLast()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard tags.last == .text else { return }
        // A newline typed into `w:t` shows as a space; only `w:br` breaks a line.
        append(string.contains(where: \.isNewline) ? String(string.map { $0.isNewline ? " " : $0 }) : string)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parserDidEndDocument(_ parser: XMLParser) {
        reachedEnd = true
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil {
            firstError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber)
        }
    }

    // MARK: Text

    /// Adds shown text to the innermost open paragraph.
    private func append(_ text: String) {
        guard hiddenDepth == 0, !runIsHidden, !fields.contains(.instruction), !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1] += text
    }

    private func endParagraph() {
        guard let text = paragraphs.popLast() else { return }
        // A field instruction never spans paragraphs; one left open is damage and must not hide the rest.
        fields.removeAll { $0 == .instruction }
        if let index = tables.indices.last, let cell = tables[index].cell, !cell.isContainer {
            tables[index].cell?.paragraphs.append(text)
        } else {
            emit(Self.split(text))
        }
    }

    // MARK: Tables

    private func updateCell(_ change: (inout TableState.Cell) -> Void) {
        guard !tables.isEmpty, tables[tables.count - 1].cell != nil else { return }
        change(&tables[tables.count - 1].cell!)
    }

    private func startTable() {
        // A table inside a cell makes the cell a container: what it read so far becomes lines before the table's.
        if let index = tables.indices.last, let cell = tables[index].cell, !cell.isContainer {
            tables[index].containerLines += cell.paragraphs.flatMap(Self.split)
            tables[index].cell?.paragraphs = []
            tables[index].cell?.isContainer = true
            tables[index].rowHasContainer = true
        }
        tables.append(TableState())
    }

    private func endCell() {
        guard let index = tables.indices.last, let cell = tables[index].cell else { return }
        let span = min(cell.span, Self.maximumColumns)
        let text = cell.isContinuation || cell.isContainer ? "" : Self.cellText(cell.paragraphs)
        tables[index].cells.append(text)
        tables[index].cells.append(contentsOf: repeatElement("", count: span - 1))
        tables[index].cellCount += 1
        tables[index].lastCellParagraphs = cell.isContinuation ? [] : cell.paragraphs
        tables[index].cell = nil
    }

    private func endRow() {
        guard let index = tables.indices.last else { return }
        let table = tables[index]
        tables[index].startRow()
        guard !table.rowIsDeleted else { return }
        var rowLines: [String] = []
        if table.gridColumns == 1, table.cellCount == 1 {
            // A one-column table frames its content: its paragraphs are lines, not a cell.
            rowLines = table.lastCellParagraphs.flatMap(Self.split)
        } else if !(table.rowHasContainer && table.cells.allSatisfy(\.isEmpty)) {
            let before = repeatElement("", count: min(table.gridBefore, Self.maximumColumns))
            let after = repeatElement("", count: min(table.gridAfter, Self.maximumColumns))
            rowLines = [(before + table.cells + after).joined(separator: "\t")]
        }
        // The row's own table is still open, its cell closed: the lines go to the cell around the table, if any.
        emit(rowLines + table.containerLines)
    }

    /// Puts lines where the reading stands: into the innermost open container cell, or the document.
    private func emit(_ newLines: [String]) {
        if let index = tables.indices.last(where: { tables[$0].cell != nil }) {
            tables[index].containerLines += newLines
        } else {
            lines += newLines
        }
    }

    // MARK: Helpers

    /// A paragraph's lines: one, or more where it has manual line breaks.
    private static func split(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A cell's paragraphs joined without a separator, with runs of whitespace made one space and trimmed.
    private static func cellText(_ paragraphs: [String]) -> String {
        var text = String.UnicodeScalarView()
        var pendingSpace = false
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                if scalar == "\n" { continue }
                if scalar.properties.isWhitespace {
                    pendingSpace = !text.isEmpty
                    continue
                }
                if pendingSpace {
                    text.append(" ")
                    pendingSpace = false
                }
                text.append(scalar)
            }
        }
        return String(text)
    }

    /// An attribute by local name, whatever prefix the document gives its namespace.
    private static func value(_ attributes: [String: String], _ name: String) -> String? {
        attributes["w:" + name] ?? attributes.first { $0.key.hasSuffix(":" + name) }?.value ?? attributes[name]
    }

    /// An on/off property: present means on unless its value says off.
    private static func isOn(_ attributes: [String: String]) -> Bool {
        !["0", "false", "off"].contains(value(attributes, "val") ?? "true")
    }

    /// A `w:val` count, kept within a table's possible columns.
    private static func count(_ attributes: [String: String], default fallback: Int) -> Int {
        guard let text = value(attributes, "val"), let number = Int(text) else { return fallback }
        return min(max(number, 0), maximumColumns)
    }
}
