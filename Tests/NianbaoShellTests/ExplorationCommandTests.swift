import Foundation
import NianbaoModel
import NianbaoShell
import NianbaoTestSupport
import Testing

/// `trend`, `top`, `list … where` and the bar charts over hand-built reports: what the seeds cannot show (years
/// without a report, blank and `/` years, ties).
@Suite struct ExplorationCommandTests {
    /// JSON Lines output as dictionaries.
    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    static let yearsOfOneAgency = [
        ReportBuilder(source: "2020.txt", year: 2020, agency: "杭州市拱墅区测试局").setting(["t2.penalty.decisions": "5"]).report,
        ReportBuilder(source: "2022.txt", year: 2022, agency: "拱墅区测试局").setting(["t2.penalty.decisions": ""]).report,
        ReportBuilder(source: "2023.txt", year: 2023, agency: "杭州市拱墅区测试局").setting(["t2.penalty.decisions": "/"]).report,
        ReportBuilder(source: "2024.txt", year: 2024, agency: "杭州市拱墅区测试局").setting(["t2.penalty.decisions": "8"]).report,
        ReportBuilder(source: "2025.txt", year: 2025, agency: "杭州市拱墅区测试局").setting(["t2.penalty.decisions": "6"]).report,
        ReportBuilder(source: "other.txt", year: 2025, agency: "别的局").setting(["t2.penalty.decisions": "1"]).report,
    ]

    /// One row a year from the first to the last; a year with no report, a blank and a `/` are shown as such, never 0,
    /// and the change is only from a year before that printed a number.
    @Test func trendShowsEveryYearAndNeverAZero() throws {
        var shell = ShellFixtures.shell(with: Self.yearsOfOneAgency, format: .json)
        let execution = shell.execute("trend 行政处罚 测试局")
        #expect(!execution.failed, "\(execution.error)")
        let rows = try Self.records(execution.output)
        #expect(rows.map { $0["year"] as? Int } == [2020, 2021, 2022, 2023, 2024, 2025])
        #expect(rows.map { $0["value"] as? Int } == [5, nil, nil, nil, 8, 6])
        #expect(rows.map { $0["gap"] as? String } == [nil, "no report", "blank", "na ‘/’", nil, nil])
        #expect(rows.map { $0["change"] as? String } == [nil, nil, nil, nil, nil, "-2"])
        #expect(rows.map { $0["agency"] as? String } == ["杭州市拱墅区测试局", nil, "拱墅区测试局", "杭州市拱墅区测试局", "杭州市拱墅区测试局", "杭州市拱墅区测试局"])
    }

    @Test func trendInATableHasBarsOnlyForNumbers() {
        var shell = ShellFixtures.shell(with: Self.yearsOfOneAgency)
        let output = shell.execute("trend 行政处罚 测试局").output
        let lines = output.split(separator: "\n").map(String.init)
        func bars(_ year: String) -> Int { lines.first { $0.hasPrefix(year) }?.filter { $0 == "▇" }.count ?? -1 }
        // 8 is the largest: 24 bars; 6 → 18; 5 → 15.
        let counts: [Int] = ["2020", "2021", "2022", "2023", "2024", "2025"].map(bars)
        #expect(counts == [15, 0, 0, 0, 24, 18], "\(output)")
        #expect(output.contains("one agency printed as ‘杭州市拱墅区测试局’, ‘拱墅区测试局’ (all read as ‘拱墅区测试局’)"))
        #expect(output.contains("blank, / and absent are not 0"))
    }

    @Test func trendOfSeveralAgenciesListsThem() {
        var shell = ShellFixtures.shell(with: Self.yearsOfOneAgency)
        let execution = shell.execute("trend 行政处罚 局")
        #expect(execution.failed)
        #expect(execution.error == """
            error: ‘局’ names 2 agencies; a trend follows one, so name one of:
              杭州市拱墅区测试局 / 拱墅区测试局 (2020, 2022, 2023, 2024, 2025)
              别的局 (2025)

            """)
    }

    /// One name in two cities is two agencies, even though each alone reads as the same district's.
    @Test func trendOfOneDistrictNameInTwoCitiesListsBoth() {
        var shell = ShellFixtures.shell(with: [
            ReportBuilder(source: "nanjing.txt", year: 2023, agency: "南京市鼓楼区测试局").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "fuzhou.txt", year: 2024, agency: "福州市鼓楼区测试局").setting(["t2.penalty.decisions": "6"]).report,
        ])
        let execution = shell.execute("trend 行政处罚 鼓楼区测试局")
        #expect(execution.failed)
        #expect(execution.error == """
            error: ‘鼓楼区测试局’ names 2 agencies; a trend follows one, so name one of:
              南京市鼓楼区测试局 (2023)
              福州市鼓楼区测试局 (2024)

            """)
    }

    /// Equal values share a rank; reports without a number come after, unranked, with why.
    @Test func topRanksTiesAndListsTheUnranked() throws {
        let reports = [
            ReportBuilder(source: "a.txt", agency: "甲").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "b.txt", agency: "乙").setting(["t2.penalty.decisions": "/"]).report,
            ReportBuilder(source: "c.txt", agency: "丙").setting(["t2.penalty.decisions": "9"]).report,
            ReportBuilder(source: "d.txt", agency: "丁").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "e.txt", agency: "戊").setting(["t2.penalty.decisions": "2"]).report,
            ReportBuilder(source: "f.txt", agency: "己").setting(["t2.penalty.decisions": ""]).report,
        ]
        var shell = ShellFixtures.shell(with: reports, format: .json)
        let rows = try Self.records(shell.execute("top 3 行政处罚").output)
        #expect(rows.map { $0["agency"] as? String } == ["丙", "甲", "丁", "乙", "己"])
        #expect(rows.map { $0["rank"] as? Int } == [1, 2, 2, nil, nil])
        #expect(rows.map { $0["not_ranked"] as? String } == [nil, nil, nil, "na ‘/’", "blank"])

        shell.session.settings.format = .table
        let table = shell.execute("top 行政处罚").output
        #expect(table.contains("4 of 4 ranked reports shown"), "\(table)")
        #expect(table.contains("2 not ranked"), "\(table)")
    }

    @Test func topNeedsAPositiveCount() {
        var shell = ShellFixtures.shell(with: [ReportBuilder(agency: "甲").report])
        #expect(shell.execute("top 0 行政处罚").error == "error: usage: top [N] FIELD [SELECTOR]  (see ‘help top’)\n")
        #expect(shell.execute("top -2 行政处罚").failed)
        #expect(!shell.execute("top 行政处罚").failed)
    }

    /// A year first is a selector word, not N: nobody asks for the top 2023.
    @Test func aYearFirstSelects() throws {
        let reports = [
            ReportBuilder(source: "a.txt", year: 2022, agency: "甲").setting(["t2.penalty.decisions": "9"]).report,
            ReportBuilder(source: "b.txt", year: 2023, agency: "乙").setting(["t2.penalty.decisions": "5"]).report,
        ]
        var shell = ShellFixtures.shell(with: reports, format: .json)
        #expect(try Self.records(shell.execute("top 2023 行政处罚").output).map { $0["agency"] as? String } == ["乙"])
        #expect(try Self.records(shell.execute("top 1 行政处罚").output).map { $0["agency"] as? String } == ["甲"])
    }

    /// Bars are scaled to the largest value; a small positive value gets a sliver, zero and blanks nothing.
    @Test func barsScaleToTheLargestValue() {
        let reports = [
            ReportBuilder(source: "a.txt", agency: "杭州市上城区").setting(["t2.penalty.decisions": "1000"]).report,
            ReportBuilder(source: "b.txt", agency: "杭州市西湖区").setting(["t2.penalty.decisions": "500"]).report,
            ReportBuilder(source: "c.txt", agency: "杭州市滨江区").setting(["t2.penalty.decisions": "1"]).report,
            ReportBuilder(source: "d.txt", agency: "杭州市萧山区").setting(["t2.penalty.decisions": "0"]).report,
            ReportBuilder(source: "e.txt", agency: "杭州市余杭区").setting(["t2.penalty.decisions": ""]).report,
        ]
        var shell = ShellFixtures.shell(with: reports)
        let lines = shell.execute("sum 行政处罚 by district").output.split(separator: "\n").map(String.init)
        func bar(_ district: String) -> String {
            String(lines.first { $0.hasPrefix("杭州市 › \(district)") }?.split(separator: " ").last ?? "")
        }
        #expect(bar("上城区") == String(repeating: "▇", count: 30), "\(lines)")
        #expect(bar("西湖区") == String(repeating: "▇", count: 15))
        #expect(bar("滨江区") == "▏")
        #expect(bar("萧山区") == "0")
        #expect(bar("余杭区") == "0")
        // No rule under the bars' column.
        #expect(lines[1].hasSuffix("─────"))
    }

    @Test(arguments: [OutputFormat.csv, .json, .markdown])
    func barsOnlyInTables(_ format: OutputFormat) {
        let reports = [ReportBuilder(source: "a.txt", agency: "杭州市上城区").setting(["t2.penalty.decisions": "7"]).report]
        var shell = ShellFixtures.shell(with: reports, format: format)
        for line in ["sum 行政处罚 by district", "top 行政处罚", "trend 行政处罚 上城区"] {
            let output = shell.execute(line).output
            #expect(!output.contains("▇") && !output.contains("chart"), "\(format) \(line): \(output)")
        }
    }

    /// A comparison's `>` is no redirection; a `> FILE` after it still is.
    @Test func comparisonsAndRedirection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-where-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = [
            ReportBuilder(source: "a.txt", agency: "甲").setting(["t2.penalty.decisions": "886"]).report,
            ReportBuilder(source: "b.txt", agency: "乙").setting(["t2.penalty.decisions": "3"]).report,
        ]
        var shell = ShellFixtures.shell(with: reports)
        let shown = shell.execute("list where 行政处罚 > 100")
        #expect(!shown.failed, "\(shown.error)")
        #expect(shown.output.contains("1 report of 2 where 行政处罚 > 100"), "\(shown.output)")

        let file = folder.appendingPathComponent("big.txt").path
        let written = shell.execute("list where 行政处罚 > 100 > \(file)")
        #expect(!written.failed, "\(written.error)")
        #expect(written.output.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("1 report of 2 where 行政处罚 > 100"))
        #expect(shell.execute("list where 行政处罚>=3").output.contains("2 reports of 2 where 行政处罚 >= 3"))
    }

    @Test func listWhereSaysWhatItSkipped() {
        let reports = [
            ReportBuilder(source: "a.txt", agency: "甲").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "b.txt", agency: "乙").setting(["t2.penalty.decisions": ""]).report,
            ReportBuilder(source: "c.txt", agency: "丙").setting(["t2.penalty.decisions": "/"]).report,
            ReportBuilder(source: "d.txt", agency: "丁").setting(["t2.penalty.decisions": "0"]).report,
        ]
        var shell = ShellFixtures.shell(with: reports)
        let output = shell.execute("list where 行政处罚 != 5").output
        #expect(output.contains("1 report of 4 where 行政处罚 != 5"), "\(output)")
        #expect(output.contains("2 skipped, with no number to compare (1 blank, 1 na)"), "\(output)")
        #expect(output.contains("  blank  2023 乙  (行政处罚)"))
        #expect(output.contains("  na  2023 丙  (行政处罚)"))
    }
}
