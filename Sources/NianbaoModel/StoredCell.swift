/// A cell as a table keeps it: eight bytes. A corpus holds a few hundred cells per report and hundreds of
/// thousands of reports, so a cell's size is most of the memory a loaded corpus takes.
///
/// The bits, from the lowest: kind (3), doubtful, has a number, kept aside, scale (4), column (8), line (16),
/// significand (30, signed). A cell that does not fit — printed text beyond its value (`12件`, `—`), a long
/// line, a far column, a large or finely divided number — is kept whole beside the table and marked aside.
struct StoredCell: Sendable, Equatable {
    private var bits: UInt64

    private static let doubtfulBit: UInt64 = 1 << 3
    private static let numberBit: UInt64 = 1 << 4
    private static let asideBit: UInt64 = 1 << 5
    private static let significandRange = -(Int64(1) << 29)..<(Int64(1) << 29)

    /// A cell stored aside: only its position in the table says where to find it.
    static let aside = StoredCell(bits: asideBit)

    private init(bits: UInt64) { self.bits = bits }

    /// The cell in eight bytes, or nil when it must be kept aside.
    init?(_ cell: Cell) {
        guard cell.unusualText == nil else { return nil }
        self.init(kind: cell.kind, number: cell.number, line: cell.line, column: cell.column, isDoubtful: cell.isDoubtful)
    }

    /// A cell that prints just its value, in eight bytes; nil when it must be kept aside.
    init?(kind: CellKind, number: DecimalNumber?, line: Int32, column: Int32, isDoubtful: Bool) {
        let significand = number?.significand ?? 0, scale = number?.scale ?? 0
        guard scale < 16, (0..<256).contains(column), (0..<65536).contains(line), Self.significandRange.contains(significand) else { return nil }
        bits = UInt64(kind.rawValue)
            | (isDoubtful ? Self.doubtfulBit : 0)
            | (number != nil ? Self.numberBit : 0)
            | UInt64(scale) << 6 | UInt64(column) << 10 | UInt64(line) << 18
            | UInt64(bitPattern: significand) << 34
    }

    var isAside: Bool { bits & Self.asideBit != 0 }

    /// A whole number of zero or more, a `/`, or a cell not printed: most cells, and nothing to remark on.
    var isPlainCount: Bool {
        guard !isAside else { return false }
        switch CellKind(rawValue: UInt8(bits & 0b111)) {
        case .number: return bits >> 6 & 0xF == 0 && Int64(bitPattern: bits) >= 0
        case .notApplicable, .missing: return true
        default: return false
        }
    }

    /// The number of a number cell; only for cells not kept aside.
    var value: DecimalNumber? {
        guard bits & 0b111 == UInt64(CellKind.number.rawValue), bits & Self.numberBit != 0 else { return nil }
        return DecimalNumber(significand: Int64(bitPattern: bits) >> 34, scale: UInt8(bits >> 6 & 0xF))
    }

    /// The cell; only for cells not kept aside.
    var cell: Cell {
        let kind = CellKind(rawValue: UInt8(bits & 0b111)) ?? .missing
        let number = bits & Self.numberBit != 0
            ? DecimalNumber(significand: Int64(bitPattern: bits) >> 34, scale: UInt8(bits >> 6 & 0xF)) : nil
        return Cell(kind: kind, number: number, line: Int32(bits >> 18 & 0xFFFF), column: Int32(bits >> 10 & 0xFF),
                    isDoubtful: bits & Self.doubtfulBit != 0, unusualText: nil)
    }
}
