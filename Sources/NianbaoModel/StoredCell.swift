/// A cell as a table keeps it: sixteen bytes, with its printed text kept aside only when it is unusual.
///
/// A corpus holds a few hundred cells per report and hundreds of thousands of reports, so a cell's size is most
/// of the memory a loaded corpus takes.
struct StoredCell: Sendable, Equatable {
    var significand: Int64
    var line: Int32
    /// Columns past 65535 are kept as 65535.
    var column: UInt16
    var scale: UInt8
    var flags: UInt8

    private static let kindMask: UInt8 = 0b111
    private static let doubtful: UInt8 = 1 << 3
    private static let numberFlag: UInt8 = 1 << 4
    static let hasUnusualText: UInt8 = 1 << 5

    init(significand: Int64, line: Int32, column: UInt16, scale: UInt8, flags: UInt8) {
        self.significand = significand
        self.line = line
        self.column = column
        self.scale = scale
        self.flags = flags
    }

    init(_ cell: Cell) {
        significand = cell.number?.significand ?? 0
        scale = cell.number?.scale ?? 0
        line = cell.line
        column = UInt16(clamping: cell.column)
        flags = cell.kind.rawValue
            | (cell.isDoubtful ? Self.doubtful : 0)
            | (cell.number != nil ? Self.numberFlag : 0)
            | (cell.unusualText != nil ? Self.hasUnusualText : 0)
    }

    var kind: CellKind { CellKind(rawValue: flags & Self.kindMask) ?? .missing }
    var isDoubtful: Bool { flags & Self.doubtful != 0 }
    var hasNumber: Bool { flags & Self.numberFlag != 0 }
    var number: DecimalNumber? { hasNumber ? DecimalNumber(significand: significand, scale: scale) : nil }
    var hasUnusualText: Bool { flags & Self.hasUnusualText != 0 }

    func cell(unusualText: String?) -> Cell {
        Cell(kind: kind, number: number, line: line, column: Int32(column), isDoubtful: isDoubtful, unusualText: unusualText)
    }
}
