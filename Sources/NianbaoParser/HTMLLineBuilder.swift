/// Turns a page's tokens into the report's lines: a line for each paragraph, heading, list item or `<br>`-
/// separated piece of text, and a line of tab-separated cells for each row of a data table. Each line carries
/// the page line where it starts (a row: its `<tr>`; text: its first character).
struct HTMLLineBuilder {
    private let page: UnsafeBufferPointer<UInt8>
    private(set) var lines: [SourceLine] = []
    private var paragraph = HTMLTextBuffer()
    /// Open tables, innermost last.
    private var tables: [HTMLTableFrame] = []
    private var preformattedDepth = 0

    init(page: UnsafeBufferPointer<UInt8>) {
        self.page = page
    }

    mutating func read(_ tokens: [HTMLToken]) {
        for token in tokens {
            if token.kind == .text {
                text(token)
            } else {
                tag(token)
            }
        }
        while !tables.isEmpty { closeTable() }
        flushParagraph()
    }

    /// The text of a range of the page as one line (entities decoded, whitespace collapsed); nil if empty.
    func text(of range: Range<Int>) -> String? {
        var buffer = HTMLTextBuffer()
        Self.appendCollapsing(page, range, line: 1, into: &buffer)
        return buffer.take()?.text
    }

    // MARK: Structure

    private var isInDataTable: Bool { !tables.isEmpty && tables[tables.count - 1].isData }

    private mutating func tag(_ token: HTMLToken) {
        let isStart = token.kind == .start
        switch token.tag {
        case .table:
            if isStart {
                flushParagraph()
                tables.append(HTMLTableFrame(isData: token.isDataTable))
            } else if tables.isEmpty {
                flushParagraph()
            } else {
                closeTable()
            }
        case .row:
            guard isInDataTable else { return flushParagraph() }
            closeRow()
            if isStart { tables[tables.count - 1].openRow(line: token.line) }
        case .cell:
            guard isInDataTable else { return flushParagraph() }
            if isStart {
                tables[tables.count - 1].openCell(columnSpan: Int(token.columnSpan), rowSpan: Int(token.rowSpan), line: token.line)
            } else {
                tables[tables.count - 1].closeCell()
            }
        case .rowGroup, .caption:
            // A caption's text, outside any cell, comes out as a line of its own.
            if isInDataTable { closeRow() }
            flushParagraph()
        case .block, .lineBreak:
            if isInDataTable, tables[tables.count - 1].isCellOpen {
                tables[tables.count - 1].cell.appendSpace(breaking: true)
            } else {
                flushParagraph()
            }
        case .preformatted:
            flushParagraph()
            preformattedDepth = isStart ? preformattedDepth + 1 : max(0, preformattedDepth - 1)
        default:
            break
        }
    }

    private mutating func closeRow() {
        guard let row = tables[tables.count - 1].closeRow() else { return }
        // Text met inside the table but outside its cells goes before the row, as browsers show it.
        flushParagraph()
        lines.append(SourceLine(number: row.line, text: Substring(row.text)))
    }

    private mutating func closeTable() {
        if tables[tables.count - 1].isData { closeRow() }
        tables.removeLast()
        flushParagraph()
    }

    private mutating func flushParagraph() {
        guard let text = paragraph.take() else { return }
        lines.append(SourceLine(number: text.line, text: Substring(text.text)))
    }

    // MARK: Text

    private mutating func text(_ token: HTMLToken) {
        if isInDataTable, tables[tables.count - 1].isCellOpen {
            Self.appendCollapsing(page, token.start..<token.end, line: token.line, into: &tables[tables.count - 1].cell)
        } else if preformattedDepth > 0, !isInDataTable {
            appendPreformatted(token)
        } else {
            Self.appendCollapsing(page, token.start..<token.end, line: token.line, into: &paragraph)
        }
    }

    /// Appends page text with entities decoded and whitespace collapsed, copying runs of plain text whole.
    static func appendCollapsing(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line startLine: Int,
                                 into buffer: inout HTMLTextBuffer) {
        var line = startLine
        var index = range.lowerBound
        var runStart = index
        let end = range.upperBound
        @inline(__always) func flushRun(upTo runEnd: Int) {
            if runStart < runEnd { buffer.append(UnsafeBufferPointer(rebasing: page[runStart..<runEnd]), line: line) }
        }
        while index < end {
            let byte = page[index]
            if byte > 0x20, byte != UInt8(ascii: "&"), byte != 0xC2, byte != 0xE2, byte != 0xEF {
                index += 1
                continue
            }
            if byte <= 0x20 {
                flushRun(upTo: index)
                var breaking = false
                if byte == 0x0A {
                    line += 1
                    breaking = true
                } else if byte == 0x0D {
                    if index + 1 >= end || page[index + 1] != 0x0A { line += 1 }
                    breaking = true
                }
                buffer.appendSpace(breaking: breaking)
                index += 1
                runStart = index
            } else if byte == UInt8(ascii: "&") {
                guard let (scalar, length) = HTMLEntity.decode(page, at: index, end: end) else {
                    index += 1
                    continue
                }
                flushRun(upTo: index)
                append(scalar, line: line, into: &buffer)
                index += length
                runStart = index
            } else {
                // U+00A0, U+2000–U+200F, U+2028/9, U+2060, U+FEFF: spaces, or nothing, rather than text.
                let length = byte == 0xC2 ? 2 : 3
                guard index + length <= end else { index += 1; continue }
                let value: UInt32 = byte == 0xC2
                    ? UInt32(byte & 0x1F) << 6 | UInt32(page[index + 1] & 0x3F)
                    : UInt32(byte & 0x0F) << 12 | UInt32(page[index + 1] & 0x3F) << 6 | UInt32(page[index + 2] & 0x3F)
                guard let kind = specialSpace(value) else { index += length; continue }
                flushRun(upTo: index)
                if kind != .invisible { buffer.appendSpace(breaking: kind == .lineBreak) }
                index += length
                runStart = index
            }
        }
        flushRun(upTo: end)
    }

    private enum SpecialSpace { case space, lineBreak, invisible }

    @inline(__always)
    private static func specialSpace(_ value: UInt32) -> SpecialSpace? {
        switch value {
        case 0x20, 0x09, 0x0C, 0xA0, 0x2000...0x200A: .space
        case 0x0A, 0x0D, 0x2028, 0x2029: .lineBreak
        case 0xAD, 0x200B...0x200F, 0x2060, 0xFEFF: .invisible
        case 0...0x1F, 0x7F: .space
        default: nil
        }
    }

    private static func append(_ scalar: Unicode.Scalar, line: Int, into buffer: inout HTMLTextBuffer) {
        switch specialSpace(scalar.value) {
        case .space?: buffer.appendSpace(breaking: false)
        case .lineBreak?: buffer.appendSpace(breaking: true)
        case .invisible?: break
        case nil: buffer.append(scalar, line: line)
        }
    }

    /// Text inside `<pre>`: spaces and tabs kept, each line break ends a line.
    private mutating func appendPreformatted(_ token: HTMLToken) {
        var line = token.line
        var index = token.start
        let end = token.end
        while index < end {
            let byte = page[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < end, page[index + 1] == 0x0A { index += 1 }
                flushParagraph()
                line += 1
                index += 1
            } else if byte == UInt8(ascii: "&"), let (scalar, length) = HTMLEntity.decode(page, at: index, end: end) {
                if scalar.value == 0x09 || scalar.value == 0x20 || scalar.value == 0xA0 {
                    paragraph.appendLiteral(scalar.value == 0x09 ? 0x09 : 0x20, line: line)
                } else {
                    Self.append(scalar, line: line, into: &paragraph)
                }
                index += length
            } else if byte == 0x09 || byte == 0x20 {
                paragraph.appendLiteral(byte, line: line)
                index += 1
            } else {
                let runStart = index
                index += 1
                while index < end, page[index] > 0x20, page[index] != UInt8(ascii: "&") { index += 1 }
                paragraph.append(UnsafeBufferPointer(rebasing: page[runStart..<index]), line: line)
            }
        }
    }
}
