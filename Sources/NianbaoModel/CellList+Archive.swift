extension CellList {
    /// Each cell as its flags, its number when it has one, and its position as the change from the cell
    /// before: a table of small counts on neighbouring lines takes a few bytes a cell.
    func archive(into writer: inout ArchiveWriter) {
        writer.write(stored.count)
        var previousLine: Int32 = 0
        for cell in stored {
            writer.write(cell.flags)
            if cell.hasNumber {
                writer.write(cell.significand)
                writer.write(cell.scale)
            }
            writer.write(Int64(cell.line) - Int64(previousLine))
            writer.write(UInt64(cell.column))
            previousLine = cell.line
        }
        writer.write(unusualTexts.count)
        for (position, text) in unusualTexts {
            writer.write(Int(position))
            writer.write(text)
        }
    }

    init(unarchiving reader: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        let count = try reader.readCount()
        stored = []
        stored.reserveCapacity(count)
        var line: Int32 = 0
        for _ in 0..<count {
            var cell = StoredCell(significand: 0, line: 0, column: 0, scale: 0, flags: try reader.readByte())
            if cell.hasNumber {
                cell.significand = try reader.readInt64()
                cell.scale = try reader.readByte()
            }
            guard let next = Int32(exactly: Int64(line) + (try reader.readInt64())),
                  let column = UInt16(exactly: try reader.readUInt64()) else { throw ArchiveReader.Damaged() }
            line = next
            cell.line = line
            cell.column = column
            stored.append(cell)
        }
        let unusualCount = try reader.readCount()
        unusualTexts = []
        for _ in 0..<unusualCount {
            let position = try reader.readInt()
            guard stored.indices.contains(position) else { throw ArchiveReader.Damaged() }
            unusualTexts.append((Int32(position), try reader.readString()))
        }
    }
}
