import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// One report written in every text layout (Fixtures/Layouts, made by make_layouts.py from the values in
/// its expected.golden): each must read to the same cells, with no cell in doubt.
@Suite struct LayoutTests {
    static let folder = Fixtures.folder.appendingPathComponent("Layouts")
    static let layouts = ["pipes.md", "spaces.txt", "run-together.txt", "pdf.txt", "variants-gb18030.txt", "appendix.txt"]

    /// `（七）总计771000078` reads as 77, 1, 0, 0, 0, 0, 78 but also as 7, 71, 0, 0, 0, 0, 78: both add up,
    /// so the row must stay unread rather than have one picked.
    static let ambiguous: [String: Set<String>] = ["run-together.txt": ["total"]]

    @Test(arguments: layouts)
    func everyCellReadsAsWritten(_ name: String) throws {
        let golden = try GoldenReport(contentsOf: Self.folder.appendingPathComponent("expected.golden"))
        let report = try ReportParser.parse(fileAt: Self.folder.appendingPathComponent(name).path)
        #expect(report.year == golden.year)
        #expect(report.agency == golden.agency)
        #expect(report[.t2].version.rawValue == golden.templates["t2"])
        #expect(report[.t3].version.rawValue == golden.templates["t3"])
        #expect(report.cells.map(\.key.description) == golden.cells.map(\.key))
        for (key, expected) in golden.cells {
            let fieldKey = try #require(FieldKey(key))
            let cell = try #require(report[fieldKey])
            if fieldKey.table == .t3, Self.ambiguous[name]?.contains(fieldKey.row) == true {
                #expect(cell.isDoubtful && cell.value == nil, "\(name) \(key) is left unread")
                continue
            }
            #expect(cell.kind.name == expected.kind && (cell.value?.description ?? "-") == expected.value, "\(name) \(key): \(cell.raw)")
            #expect(cell.line > 0, "\(name) \(key) points at its line")
        }
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }

    /// A line with more cells than any row (here 400 words inside 表三) is one run-on row: it matches nothing,
    /// leaves every other cell as it was, and is quoted short in its notice.
    @Test func runOnLineInATableIsOneUnknownRow() throws {
        let url = Self.folder.appendingPathComponent("spaces.txt")
        let original = try ReportParser.parse(fileAt: url.path)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let total = try #require(lines.firstIndex { $0.hasPrefix("（七）总计") })
        lines.insert(Array(repeating: "行政处罚 3", count: 200).joined(separator: " "), at: total)
        let damaged = try ReportParser.parse(bytes: Array(lines.joined(separator: "\n").utf8), source: "run-on.txt")

        // Lines below the insertion move down by one; what every cell reads does not change.
        let readings = { (report: Report) in report.cells.map { "\($0.key) \($0.cell.kind.name) \($0.cell.raw) \($0.cell.isDoubtful)" } }
        #expect(readings(damaged) == readings(original))
        try #require(damaged.unknownRows.count == 1)
        let unknown = damaged.unknownRows[0]
        #expect(unknown.line == total + 1 && unknown.values.isEmpty)
        let notice = try #require(damaged.diagnostics.first { $0.code == "template.unknown_row" })
        #expect(notice.line == total + 1 && notice.message.count < 200, "\(notice.message)")
    }

    /// Label variants and typos are read, but a label matched only loosely leaves its cells in doubt.
    @Test func typoInALabelIsReadButFlagged() throws {
        let report = try ReportParser.parse(fileAt: Self.folder.appendingPathComponent("variants-gb18030.txt").path)
        let typo = try #require(report[FieldKey(.t3, "denied_law", "total")])
        #expect(typo.isDoubtful)
        #expect(report.diagnostics.contains { $0.code == "parse.doubtful_row" && $0.cells.contains(FieldKey(.t3, "denied_law", "total")) })
        #expect(report[FieldKey(.t3, "denied_third_party", "total")]?.isDoubtful == false, "spaces inside a label are not a typo")
        #expect(report[FieldKey(.t2, "normative", "in_force")]?.isDoubtful == false, "规范性文件 is a known form of 行政规范性文件")
    }

    @Test func otherCellsAreNotInDoubt() throws {
        for name in Self.layouts {
            let report = try ReportParser.parse(fileAt: Self.folder.appendingPathComponent(name).path)
            let expected = Self.ambiguous[name, default: []].union(name.hasPrefix("variants") ? ["denied_law"] : [])
            let doubtful = report.cells.filter { $0.cell.isDoubtful && !expected.contains($0.key.row) }
            #expect(doubtful.isEmpty, "\(name): \(doubtful.map(\.key.description))")
        }
    }

    @Test func ambiguousDigitsAreExplained() throws {
        let report = try ReportParser.parse(fileAt: Self.folder.appendingPathComponent("run-together.txt").path)
        let notice = try #require(report.diagnostics.first { $0.cells.contains(FieldKey(.t3, "total", "total")) })
        #expect(notice.code == "parse.doubtful_row")
        #expect(notice.message.contains("771000078") && notice.message.contains("more than one reading"))
        #expect(notice.cells.count == 7)
    }
}

extension LayoutTests {
    /// Headings that stand over a paragraph and again over the table: the table is read, the paragraph kept.
    @Test func appendixTablesAreReadAndTheNarrativeKept() throws {
        let report = try ReportParser.parse(fileAt: Self.folder.appendingPathComponent("appendix.txt").path)
        #expect(report[.t4].line < report[.t2].line, "表四 is printed first")
        #expect(report.narrative.contains { $0.heading == "三、收到和处理政府信息公开申请情况" && $0.body.contains("受理依申请公开81件") })
        #expect(!report.narrative.contains { $0.heading.hasPrefix("附表") })
    }
}
