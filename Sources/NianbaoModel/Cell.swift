/// One cell of a report table: what was printed, what it means, and where it came from.
public struct Cell: Sendable, Equatable {
    public var kind: CellKind
    /// The value when `kind` is `.number`.
    public var number: DecimalNumber?
    /// The cell's text as printed, trimmed.
    public var raw: String
    /// The 1-based line of the source file the cell was read from; 0 when the cell was not found.
    public var line: Int32
    /// The 1-based column (in characters) where known, else 0.
    public var column: Int32
    /// True when the parser could not read this cell with certainty; a diagnostic explains why.
    public var isDoubtful: Bool

    public init(kind: CellKind, number: DecimalNumber? = nil, raw: String, line: Int = 0, column: Int = 0, isDoubtful: Bool = false) {
        self.kind = kind
        self.number = number
        self.raw = raw
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.isDoubtful = isDoubtful
    }

    /// A cell of the template that the report does not print.
    public static let missing = Cell(kind: .missing, raw: "")

    /// The number, or nil for a blank, `/`, text or missing cell.
    public var value: DecimalNumber? { kind == .number ? number : nil }

    /// The text printed beside the number in the same cell (`（其中修订16件）`, `元`), if any.
    public var note: String? {
        guard kind == .number else { return nil }
        var text = Substring(raw)
        while let first = text.first, first.isNumber || "+-＋－.,．，".contains(first) || first.isWhitespace {
            text = text.dropFirst()
        }
        return text.isEmpty ? nil : String(text)
    }
}
