extension CellList {
    /// Each cell as its flags, its number when it has one, its position as the change from the cell before, and
    /// its printed text when unusual: a table of small counts on neighbouring lines takes a few bytes a cell.
    func archive(into writer: inout ArchiveWriter) {
        writer.write(stored.count)
        var previousLine: Int32 = 0
        for cell in self {
            let text = cell.unusualText
            writer.write(cell.kind.rawValue | (cell.isDoubtful ? Self.doubtfulFlag : 0)
                | (cell.number != nil ? Self.numberFlag : 0) | (text != nil ? Self.textFlag : 0))
            if let number = cell.number {
                writer.write(number.significand)
                writer.write(number.scale)
            }
            writer.write(Int64(cell.line) - Int64(previousLine))
            writer.write(Int64(cell.column))
            if let text { writer.write(text) }
            previousLine = cell.line
        }
    }

    init(unarchiving reader: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        let count = try reader.readCount()
        stored = []
        asideCells = []
        stored.reserveCapacity(count)
        var line: Int32 = 0
        for _ in 0..<count {
            let flags = try reader.readByte()
            guard let kind = CellKind(rawValue: flags & 0b111) else { throw ArchiveReader.Damaged() }
            let number = flags & Self.numberFlag != 0
                ? DecimalNumber(significand: try reader.readInt64(), scale: try reader.readByte()) : nil
            guard let next = Int32(exactly: Int64(line) + (try reader.readInt64())),
                  let column = Int32(exactly: try reader.readInt64()) else { throw ArchiveReader.Damaged() }
            line = next
            let isDoubtful = flags & Self.doubtfulFlag != 0
            if flags & Self.textFlag == 0, let narrow = StoredCell(kind: kind, number: number, line: line, column: column, isDoubtful: isDoubtful) {
                stored.append(narrow)
            } else {
                let text = flags & Self.textFlag != 0 ? try reader.readString() : nil
                append(Cell(kind: kind, number: number, line: line, column: column, isDoubtful: isDoubtful, unusualText: text))
            }
        }
    }

    private static let doubtfulFlag: UInt8 = 1 << 3
    private static let numberFlag: UInt8 = 1 << 4
    private static let textFlag: UInt8 = 1 << 5
}
