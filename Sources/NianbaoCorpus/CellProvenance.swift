import Foundation
import NianbaoModel
import NianbaoParser

/// Where one cell of a report came from, to cite the original: the file, line and column, and the text around
/// that line, read again from disk as the parser reads it. When the file changed or vanished since it was
/// loaded, there is no context rather than the wrong one.
public struct CellProvenance: Sendable {
    /// How the file's lines were made: a text file's own lines, a page's lines, a Word file's paragraphs.
    public typealias SourceFormat = SourceText.Format

    /// What reading the file again found.
    public enum FileState: Sendable, Equatable {
        /// The bytes are those that were loaded: the context is what the cell was read from.
        case unchanged
        /// The report carries no fingerprint of its file (it was not loaded from one), so the file is shown as
        /// it is now.
        case unverified
        /// The file's bytes differ from those loaded; `load` it again to see the cell as it is now.
        case changed
        /// No file at that path any more.
        case vanished
        /// The file is there but cannot be read as a report.
        case unreadable(reason: String)

        /// The word used in every output: `unchanged`, `unverified`, `changed`, `vanished`, `unreadable`.
        public var name: String {
            switch self {
            case .unchanged: "unchanged"
            case .unverified: "unverified"
            case .changed: "changed"
            case .vanished: "vanished"
            case .unreadable: "unreadable"
            }
        }

        /// True when the lines of the file now can be shown as the cell's context.
        public var showsContext: Bool { self == .unchanged || self == .unverified }
    }

    /// One line of the text around the cell.
    public struct ContextLine: Sendable, Equatable {
        /// The line number, as cells number their lines.
        public let number: Int
        /// The line as the parser read it: table cells of a page or Word file separated by tabs.
        public let text: String
        /// True for the cell's own line.
        public let isCell: Bool
    }

    public let source: String
    public let year: Int?
    public let agency: String?
    public let key: FieldKey
    /// The printed label of the cell's row and column: `一、本年新收政府信息公开申请数量 · 总计`.
    public let label: String
    public let cell: Cell
    /// The parser's notices that name this cell (why it is doubtful).
    public let diagnostics: [Diagnostic]
    public let state: FileState
    /// How the file's lines were made; nil when the file could not be read.
    public let format: SourceFormat?
    /// The lines around the cell's line, in file order; empty when the cell was not printed or the file
    /// cannot be shown.
    public let context: [ContextLine]

    /// Lines shown before and after the cell's row.
    public static let linesAround = 2
    /// A row spread over more lines than this (one cell per line) is shown around the cell alone.
    public static let maximumContext = 15

    /// Reads the file of `report` again for the cell under `key`; nil when the report's template has no such cell.
    public init?(_ key: FieldKey, in report: Report) {
        guard let cell = report[key] else { return nil }
        source = report.source
        year = report.year
        agency = report.agency
        self.key = key
        label = report[key.table].template.displayLabel(of: key)
        self.cell = cell
        diagnostics = report.diagnostics.filter { $0.cells.contains(key) }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: report.source, isDirectory: &isDirectory), !isDirectory.boolValue else {
            (state, format, context) = (.vanished, nil, [])
            return
        }
        let text: SourceText
        do {
            text = try ReportParser.sourceText(ofFileAt: report.source)
        } catch {
            (state, format, context) = (.unreadable(reason: (error as? ReportFileError)?.reason ?? "\(error)"), nil, [])
            return
        }
        format = text.format
        switch report.sourceFingerprint {
        case nil: state = .unverified
        case text.fingerprint: state = .unchanged
        default: state = .changed
        }
        // The row's other cells widen the context to the row's label and values (one cell per line).
        let rowLines = report.cells.filter { $0.key.table == key.table && $0.key.row == key.row && $0.cell.line > 0 }.map { Int($0.cell.line) }
        context = state.showsContext && cell.line > 0 ? Self.context(of: Int(cell.line), row: rowLines, in: text.lines) : []
    }

    /// The lines from two before the cell's row to two after it, or around the cell alone when the row is long.
    static func context(of line: Int, row: [Int], in lines: [SourceText.Line]) -> [ContextLine] {
        guard let first = lines.firstIndex(where: { $0.number == line }),
              let last = lines.lastIndex(where: { $0.number == line }) else { return [] }
        let rowStart = lines.firstIndex { $0.number >= (row + [line]).min()! } ?? first
        let rowEnd = lines.lastIndex { $0.number <= (row + [line]).max()! } ?? last
        var range = (rowStart - linesAround)...(rowEnd + linesAround)
        if range.count > maximumContext { range = (first - linesAround - 1)...(last + linesAround + 1) }
        return lines[range.clamped(to: 0...(lines.count - 1))].map { ContextLine(number: $0.number, text: $0.text, isCell: $0.number == line) }
    }
}
