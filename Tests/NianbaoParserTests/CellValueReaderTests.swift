import NianbaoModel
@testable import NianbaoParser
import Testing

@Suite struct CellValueReaderTests {
    private func read(_ raw: String) -> Cell {
        CellValueReader.read(raw, line: 7, column: 3)
    }

    @Test(arguments: [
        ("0", "0"), ("886", "886"), ("5949.088667", "5949.088667"), ("+1036", "1036"), ("-3", "-3"),
        ("0.00", "0"), ("116014.331", "116014.331"),
    ])
    func plainNumbersReadAsNumbers(_ raw: String, _ value: String) {
        let cell = read(raw)
        #expect(cell.kind == .number)
        #expect(cell.value?.description == value)
        #expect(cell.raw == raw, "the printed text is kept")
        #expect(cell.note == nil)
    }

    @Test(arguments: [("２３", "23"), ("０", "0"), ("５９４９．０８８６６７", "5949.088667"), ("－３", "-3"), ("＋１２", "12")])
    func fullWidthDigitsReadAsNumbers(_ raw: String, _ value: String) {
        let cell = read(raw)
        #expect(cell.kind == .number)
        #expect(cell.value?.description == value)
        #expect(cell.raw == raw)
    }

    @Test func unitIsKeptAsANote() {
        let cell = read("251000元")
        #expect(cell.kind == .number)
        #expect(cell.value == DecimalNumber(251_000))
        #expect(cell.raw == "251000元")
        #expect(cell.note == "元")
        #expect(read("12.5 万元").value?.description == "12.5")
        #expect(read("3件").value == DecimalNumber(3))
    }

    @Test func noteInTheSameCellIsKept() {
        let cell = read("22（其中修订16件）")
        #expect(cell.kind == .number)
        #expect(cell.value == DecimalNumber(22))
        #expect(cell.note == "（其中修订16件）")
        #expect(read("5(含2件转办)").value == DecimalNumber(5))
        #expect(read("5个（含2个）").value == DecimalNumber(5))
    }

    @Test(arguments: [("1,234", "1234"), ("1,234,567", "1234567"), ("１，２３４", "1234"), ("12,345.5", "12345.5")])
    func thousandsSeparatorsAreGrouping(_ raw: String, _ value: String) {
        #expect(read(raw).kind == .number)
        #expect(read(raw).value?.description == value)
    }

    @Test func blankCellIsBlankNeverZero() {
        let cell = read("")
        #expect(cell.kind == .blank)
        #expect(cell.value == nil)
        #expect(cell.number == nil)
        #expect(cell.line == 7)
        #expect(cell.column == 3)
    }

    @Test(arguments: ["/", "-", "—", "--", "无", "不适用", "／", "——", "－"])
    func notApplicableFormsReadAsNA(_ raw: String) {
        let cell = read(raw)
        #expect(cell.kind == .notApplicable)
        #expect(cell.kind.name == "na")
        #expect(cell.value == nil)
        #expect(cell.raw == raw)
    }

    @Test(arguments: ["详见附表", "见附件", "1,23", "12,34", "3-5", "1 2", "22（其中修订", "十二", "约3", "abc", "1.2.3", "+"])
    func anythingElseReadsAsText(_ raw: String) {
        let cell = read(raw)
        #expect(cell.kind == .text)
        #expect(cell.value == nil)
        #expect(cell.raw == raw)
    }

    @Test func positionIsRecordedForEveryKind() {
        for raw in ["886", "", "/", "详见附表"] {
            let cell = CellValueReader.read(raw, line: 42, column: 9)
            #expect(cell.line == 42, "\(raw)")
            #expect(cell.column == 9, "\(raw)")
            #expect(!cell.isDoubtful, "\(raw)")
        }
    }

    @Test func valuesAreToldFromLabels() {
        #expect(CellValueReader.isValue(""))
        #expect(CellValueReader.isValue("/"))
        #expect(CellValueReader.isValue("886"))
        #expect(CellValueReader.isValue("２３"))
        #expect(CellValueReader.isValue("22（其中修订16件）"))
        #expect(!CellValueReader.isValue("详见附表"))
        #expect(!CellValueReader.isValue("行政处罚"))
        #expect(!CellValueReader.isValue("1.属于国家秘密"), "a numbered label is not a number")
        #expect(!CellValueReader.isValue("（一）予以公开"))
    }
}
