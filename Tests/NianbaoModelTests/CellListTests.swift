@testable import NianbaoModel
import Testing

/// Cells kept in eight bytes, and those that do not fit kept whole beside them: either way a cell reads back
/// exactly as it was stored, through the list and through the archive.
@Suite struct CellListTests {
    static let cells: [Cell] = [
        Cell(kind: .number, number: DecimalNumber(significand: 12), raw: "12", line: 40, column: 9),
        Cell(kind: .number, number: DecimalNumber(significand: -3), raw: "-3", line: 41, column: 1, isDoubtful: true),
        Cell(kind: .number, number: DecimalNumber(significand: 125, scale: 1), raw: "12.5", line: 42, column: 200),
        Cell(kind: .blank, raw: "", line: 43, column: 3),
        Cell(kind: .notApplicable, raw: "/", line: 43, column: 5),
        Cell(kind: .missing, raw: ""),
        // Each of these is kept aside, for one reason each.
        Cell(kind: .number, number: DecimalNumber(significand: 12), raw: "12件", line: 44, column: 2),
        Cell(kind: .notApplicable, raw: "—", line: 44, column: 4),
        Cell(kind: .text, raw: "详见附表", line: 45, column: 6),
        Cell(kind: .number, number: DecimalNumber(significand: 1 << 40), raw: "1099511627776", line: 46, column: 1),
        Cell(kind: .number, number: DecimalNumber(significand: -(1 << 29) - 1), raw: "-536870913", line: 46, column: 2),
        Cell(kind: .number, number: DecimalNumber(significand: 1, scale: 17), raw: "0.00000000000000001", line: 47, column: 1),
        Cell(kind: .number, number: DecimalNumber(significand: 7), raw: "7", line: 70_000, column: 1),
        Cell(kind: .number, number: DecimalNumber(significand: 8), raw: "8", line: 48, column: 300),
    ]

    @Test func aCellTakesEightBytes() {
        #expect(MemoryLayout<StoredCell>.stride == 8)
    }

    @Test func everyCellReadsBackAsStored() {
        let list = CellList(Self.cells)
        #expect(Array(list) == Self.cells)
        #expect(list.asideCells.map(\.position) == Array(6...13))
    }

    @Test func plainCountsAreToldWithoutBuildingTheCell() {
        let list = CellList(Self.cells)
        #expect(list.indices.filter(list.isPlainCount(at:)) == [0, 4, 5])
    }

    @Test func valuesAreReadWithoutBuildingTheCell() {
        let list = CellList(Self.cells)
        #expect(list.indices.map(list.value(at:)) == Self.cells.map(\.value))
    }

    @Test func replacingACellMovesItInAndOutOfTheAside() {
        var list = CellList(Self.cells)
        list[0] = Self.cells[6]
        list[6] = Self.cells[0]
        var expected = Self.cells
        expected.swapAt(0, 6)
        #expect(Array(list) == expected)
        #expect(list.asideCells.map(\.position) == [0] + Array(7...13))
    }

    @Test func everyCellSurvivesTheArchive() throws {
        var writer = ArchiveWriter()
        CellList(Self.cells).archive(into: &writer)
        let read = try writer.bytes.withUnsafeBytes { bytes in
            var reader = ArchiveReader(bytes)
            return Array(try CellList(unarchiving: &reader))
        }
        #expect(read == Self.cells)
    }
}
