import Foundation
import NianbaoModel
@testable import NianbaoParser
import NianbaoTestSupport
import Testing

/// Seed reports made into Word files with the template's merged cells (`Fixtures/Docx/make_docx_fixtures.py`)
/// read into exactly the cells their text reads into, as transcribed by hand in `Fixtures/Golden/`.
@Suite struct DocxSeedTests {
    static let seeds = ["003_6c24181f357a8c1b", "004_22ae0dcbb7cafc77"]

    private static func read(_ seed: String) throws -> Report {
        try ReportParser.parse(fileAt: DocxFixtures.url(seed).path)
    }

    private static func key(_ text: String) throws -> FieldKey {
        try #require(FieldKey(text), "\(text) is a key")
    }

    private static func lines(_ seed: String) throws -> [SourceLine] {
        try DocxDocument.read([UInt8](Data(contentsOf: DocxFixtures.url(seed))), source: seed).lines
    }

    @Test(arguments: seeds)
    func everyCellMatchesTheHandReadingOfTheText(_ seed: String) throws {
        let golden = try GoldenReport(contentsOf: Fixtures.golden(seed + ".txt"))
        let report = try Self.read(seed)

        // Line numbers count paragraphs and rows here, lines there: checked by hand below.
        let differences = golden.differences(from: report, exactLines: false)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    /// Counted by hand in the generated documents: line N is the Nth paragraph or table row.
    @Test func cellsPointAtTheirParagraphOrRow() throws {
        let v2021 = try Self.read("003_6c24181f357a8c1b")
        let expected: [(key: String, line: Int32, column: Int32)] = [
            ("t2.regulations.issued", 17, 4), // 规章→0→0→0, after 14 paragraphs and 2 rows
            ("t2.penalty.decisions", 24, 6), // 行政处罚→3→→ (span 3)
            ("t3.new.natural", 37, 20), // 一、本年新收…→→→2: the label spans 3 columns
            ("t3.granted.total", 39, 32), // 三、本年度办理结果→（一）予以公开→→1…
            ("t3.total.total", 60, 21), // →（七）总计→→2…: a continuation, then a label spanning 2
            ("t3.carried_forward.natural", 61, 15),
            ("t4.review.upheld", 68, 1), // the row of fifteen values after three header rows
            ("t4.suit_after_review.total", 68, 29),
        ]
        for (key, line, column) in expected {
            let cell = try #require(v2021[Self.key(key)])
            #expect((cell.line, cell.column) == (line, column), "\(key)")
        }

        let v2019 = try Self.read("004_22ae0dcbb7cafc77")
        for (key, line) in [("t2.procurement.amount", 38), ("t3.other.natural", 65), ("t4.review.total", 74)] {
            #expect(try v2019[Self.key(key)]?.line == Int32(line), "\(key)")
        }
    }

    @Test func mergedCellsKeepTheColumnsAligned() throws {
        let lines = try Self.lines("003_6c24181f357a8c1b").map { String($0.text) }
        // The header's first cell spans 3 columns and 3 rows; 申请人情况 spans 7; 自然人 and 总计 two rows.
        #expect(lines[33] == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况" + String(repeating: "\t", count: 6))
        #expect(lines[34] == "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计")
        #expect(lines[35] == "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t")
        #expect(lines[41] == "\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0")
        #expect(lines.allSatisfy { !$0.contains("\n") })
        let rows = lines[33...60]
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 }, "表三 has 10 grid columns")
    }

    @Test func whatWordDoesNotShowIsNotRead() throws {
        let report = try Self.read("003_6c24181f357a8c1b")
        let text = report.narrative.map(\.body).joined(separator: "\n")
        #expect(text.contains("以拱墅区政府信息公开网站为平台"), "a field's result is text")
        #expect(!text.contains("HYPERLINK"), "a field's instruction is not")
        #expect(!text.contains("内部备注"), "hidden text is not")
        #expect(try report[Self.key("t2.penalty.decisions")]?.raw == "3", "the tracked deletion of 5 is not")
    }

    @Test func manualLineBreakStartsALine() throws {
        let lines = try Self.lines("004_22ae0dcbb7cafc77")
        #expect(lines.prefix(3).map { String($0.text) } == ["2020年政府信息公开工作年度报告", "（拱墅区湖墅街道）", "一、总体情况"])
        #expect(lines.map(\.number) == Array(1...lines.count))
    }

    @Test func recordedPropertyChangesDoNotCount() throws {
        // The label's tcPrChange records an older gridSpan of 1; the cell spans 3.
        let lines = try Self.lines("004_22ae0dcbb7cafc77")
        #expect(lines.contains { $0.text == "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0" })
    }

    @Test(arguments: seeds)
    func bytesAndFileReadAlike(_ seed: String) throws {
        let url = DocxFixtures.url(seed)
        let fromBytes = try ReportParser.parse(bytes: [UInt8](Data(contentsOf: url)), source: url.path)
        let fromFile = try Self.read(seed)
        #expect(fromBytes.cells.map(\.cell) == fromFile.cells.map(\.cell))
        #expect(fromBytes.narrative == fromFile.narrative)
    }

    /// Corelibs' XMLParser keeps per-thread state; reports load in parallel.
    @Test func readsTheSameOnManyThreadsAtOnce() async throws {
        let bytes = [UInt8](try Data(contentsOf: DocxFixtures.url("003_6c24181f357a8c1b")))
        let reference = try DocxDocument.read(bytes, source: "x").lines.map { String($0.text) }
        let agreeing = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 {
                group.addTask { (try? DocxDocument.read(bytes, source: "x").lines.map { String($0.text) }) == reference }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(agreeing == 64)
    }

    /// `Fixtures/Docx/005_f3d1c2b7a9e04d61.docx`: a report of an example agency on 003's layout, ready for the
    /// corpus; its numbers add up the way the template says they must.
    @Test func exampleReportReadsCleanlyAndAddsUp() throws {
        let report = try Self.read("005_f3d1c2b7a9e04d61")
        #expect(report.year == 2022)
        #expect(report.agency == "杭州市拱墅区示例局")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.cells.allSatisfy { $0.cell.kind == .number && !$0.cell.isDoubtful })
        func value(_ key: String) throws -> DecimalNumber {
            try #require(report[Self.key(key)]?.value, "\(key)")
        }
        let columns = ["natural", "business", "research", "nonprofit", "legal", "org_other", "total"]
        let t3Rows = TableTemplate.template(.t3, .v2021).rows.map(\.key)
        let results = t3Rows[t3Rows.firstIndex(of: "granted")!..<t3Rows.firstIndex(of: "total")!]
        for column in columns {
            #expect(try value("t3.new.\(column)") + value("t3.carried_in.\(column)")
                    == value("t3.total.\(column)") + value("t3.carried_forward.\(column)"), "\(column)")
            #expect(try results.map { try value("t3.\($0).\(column)") }.reduce(.zero, +) == value("t3.total.\(column)"), "\(column)")
        }
        for row in t3Rows {
            #expect(try columns.dropLast().map { try value("t3.\(row).\($0)") }.reduce(.zero, +) == value("t3.\(row).total"), "\(row)")
        }
        for block in ["review", "suit_direct", "suit_after_review"] {
            let parts = try ["upheld", "corrected", "other", "pending"].map { try value("t4.\(block).\($0)") }
            #expect(try parts.reduce(.zero, +) == value("t4.\(block).total"), "\(block)")
        }
    }
}
