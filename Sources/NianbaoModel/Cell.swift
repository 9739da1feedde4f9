/// One cell of a report table: what was printed, what it means, and where it came from.
public struct Cell: Sendable, Equatable {
    public var kind: CellKind
    /// The value when `kind` is `.number`.
    public var number: DecimalNumber?
    /// The 1-based line of the source file the cell was read from; 0 when the cell was not found.
    public var line: Int32
    /// The 1-based column (in characters) where known, else 0.
    public var column: Int32
    /// True when the parser could not read this cell with certainty; a diagnostic explains why.
    public var isDoubtful: Bool
    /// The printed text when it differs from what `kind` and `number` print by themselves (`12件`, `—`); most
    /// cells print exactly their value, and a table keeps only these few strings.
    private(set) var unusualText: String?

    public init(kind: CellKind, number: DecimalNumber? = nil, raw: String, line: Int = 0, column: Int = 0, isDoubtful: Bool = false) {
        self.kind = kind
        self.number = number
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.isDoubtful = isDoubtful
        self.raw = raw
    }

    /// A cell of the template that the report does not print.
    public static let missing = Cell(kind: .missing, raw: "")

    /// The cell's text as printed, trimmed.
    public var raw: String {
        get { unusualText ?? usualText }
        set { unusualText = spellsNumber(newValue) || newValue == usualText ? nil : newValue }
    }

    /// True when `text` is the number of a whole-number cell in plain digits, as it prints itself: most cells,
    /// told without printing the number to compare.
    private func spellsNumber(_ text: String) -> Bool {
        guard kind == .number, let number, number.scale == 0 else { return false }
        var value: Int64 = 0, count = 0, first: UInt8 = 0
        for byte in text.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), count < 18 else { return false }
            if count == 0 { first = byte }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            count += 1
        }
        // A leading zero (`05`) is printed as it was, not as the number.
        return count > 0 && (first != UInt8(ascii: "0") || count == 1) && value == number.significand
    }

    /// What a cell of this kind and number prints when nothing else is printed with it.
    var usualText: String {
        switch kind {
        case .number: number?.printed ?? ""
        case .notApplicable: "/"
        case .blank, .text, .missing: ""
        }
    }

    /// The number, or nil for a blank, `/`, text or missing cell.
    public var value: DecimalNumber? { kind == .number ? number : nil }

    /// The text printed beside the number in the same cell (`（其中修订16件）`, `元`), if any.
    public var note: String? {
        guard kind == .number, let unusualText else { return nil }
        var text = Substring(unusualText)
        while let first = text.first, first.isNumber || "+-＋－.,．，".contains(first) || first.isWhitespace {
            text = text.dropFirst()
        }
        return text.isEmpty ? nil : String(text)
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.kind == rhs.kind && lhs.number == rhs.number && lhs.line == rhs.line && lhs.column == rhs.column
            && lhs.isDoubtful == rhs.isDoubtful && lhs.raw == rhs.raw
    }

    init(kind: CellKind, number: DecimalNumber?, line: Int32, column: Int32, isDoubtful: Bool, unusualText: String?) {
        self.kind = kind
        self.number = number
        self.line = line
        self.column = column
        self.isDoubtful = isDoubtful
        self.unusualText = unusualText
    }
}
