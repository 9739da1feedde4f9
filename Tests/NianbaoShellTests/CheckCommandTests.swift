import Foundation
import NianbaoModel
import NianbaoShell
import NianbaoTestSupport
import Testing

/// `check` through the command layer, over reports built with chosen cells.
@Suite struct CheckCommandTests {
    /// 表四 行政复议: 1 + 0 + 0 + 0 printed against a 总计 of 2. ReportBuilder puts 表四's cells on lines 10–24.
    static let brokenReview = ReportBuilder(source: "broken.txt", year: 2023, agency: "测试局")
        .setting(["t4.review.upheld": "1", "t4.review.total": "2"]).report

    @Test func brokenTotalFailsNamingRuleCellsAndLine() {
        var shell = ShellFixtures.shell(with: [Self.brokenReview])
        let execution = shell.execute("check")

        #expect(execution.failed)
        #expect(execution.error.isEmpty)
        let output = execution.output
        #expect(output.contains("error t4.block_sum  2023 测试局  broken.txt:10"), "\(output)")
        #expect(output.contains("expected 1, found 2"), "\(output)")
        let lines = Self.words(output)
        #expect(lines.contains(["t4.review.upheld", "‘1’", "line", "10", "行政复议", "·", "结果维持"]), "\(output)")
        #expect(lines.contains(["t4.review.total", "‘2’", "line", "14", "行政复议", "·", "总计"]), "\(output)")
        // The summary counts one failure of the one rule.
        #expect(output.contains("checked 1 report: 0 clean"), "\(output)")
        #expect(lines.contains(["t4.block_sum", "error", "1", "0"]), "\(output)")
    }

    /// Each line of text output as its words, so that column padding does not matter.
    static func words(_ output: String) -> [[String]] {
        output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }

    @Test func cleanReportPassesWithoutFailing() {
        var shell = ShellFixtures.shell(with: [ReportBuilder().report])
        let execution = shell.execute("check")
        #expect(!execution.failed)
        #expect(execution.output == "checked 1 report: no findings\n")
    }

    @Test func checkSelectsReports() {
        let clean = ReportBuilder(source: "clean.txt", year: 2022, agency: "干净局").report
        var shell = ShellFixtures.shell(with: [clean, Self.brokenReview])
        let execution = shell.execute("check 干净局")
        #expect(!execution.failed)
        #expect(!execution.output.contains("t4.block_sum"))
        #expect(shell.execute("check 2023").failed)
    }

    /// The fields of SHELL.md, plus `outcome`, which tells a failed check from one that could not be done.
    @Test func jsonFindingsHaveExactlyTheFieldsOfTheSpecification() throws {
        let blank = ReportBuilder(source: "blank.txt", year: 2022, agency: "空白局").setting(["t4.review.upheld": ""]).report
        var shell = ShellFixtures.shell(with: [Self.brokenReview, blank], format: .json)
        let execution = shell.execute("check")
        #expect(execution.failed)

        let lines = execution.output.split(separator: "\n")
        // broken: t4.block_sum; blank: t4.block_sum not assessable and cell.blank.
        #expect(lines.count == 3, "\(execution.output)")
        let specified: Set<String> = ["source", "year", "agency", "rule", "severity", "outcome", "cells", "message", "expected", "found", "line"]
        var records: [[String: Any]] = []
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let record = try #require(object as? [String: Any], "\(line)")
            #expect(Set(record.keys) == specified, "\(line)")
            records.append(record)
        }
        let broken = try #require(records.first { $0["source"] as? String == "broken.txt" })
        #expect(broken["rule"] as? String == "t4.block_sum")
        #expect(broken["severity"] as? String == "error")
        #expect(broken["outcome"] as? String == "fail")
        #expect(broken["year"] as? Int == 2023)
        #expect(broken["agency"] as? String == "测试局")
        #expect(broken["cells"] as? [String] == ["t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending", "t4.review.total"])
        #expect(broken["expected"] as? String == "1")
        #expect(broken["found"] as? String == "2")
        #expect(broken["line"] as? Int == 10)

        let notAssessable = try #require(records.first { $0["source"] as? String == "blank.txt" && $0["rule"] as? String == "t4.block_sum" })
        #expect(notAssessable["cells"] as? [String] == ["t4.review.upheld"])
        #expect(notAssessable["outcome"] as? String == "not assessable")
        #expect(notAssessable["expected"] is NSNull)
        #expect(notAssessable["found"] is NSNull)
    }

    @Test func jsonCheckOfCleanReportsWritesNothing() {
        var shell = ShellFixtures.shell(with: [ReportBuilder().report], format: .json)
        let execution = shell.execute("check")
        #expect(execution.output == "")
        #expect(!execution.failed)
    }

    @Test func blankCellIsNotAssessableUntilBlankAsZero() {
        // 行政复议 has a blank 结果维持 and adds up once it is read as 0; 未经复议直接起诉 does not add up either way.
        let report = ReportBuilder(source: "blank.txt", year: 2023, agency: "空白局")
            .setting(["t4.review.upheld": "", "t4.suit_direct.upheld": "", "t4.suit_direct.total": "1"]).report
        var shell = ShellFixtures.shell(with: [report])

        let before = shell.execute("check").output
        #expect(before.contains("not assessable t4.block_sum"), "\(before)")
        #expect(before.contains("cannot be checked: ‘行政复议 · 结果维持’ is blank"), "\(before)")
        #expect(Self.words(before).contains(["t4.review.upheld", "blank", "line", "10", "行政复议", "·", "结果维持"]), "\(before)")
        #expect(!before.contains("blank cells are read as 0"))
        #expect(!before.contains("(blank cells read as 0)"))

        #expect(shell.execute("set blank-as-zero on").output == "blank-as-zero on\n")
        let after = shell.execute("check")
        #expect(after.output.hasPrefix("blank cells are read as 0 (set blank-as-zero off to undo)\n"), "\(after.output)")
        #expect(!after.output.contains("not assessable t4.block_sum"), "\(after.output)")
        #expect(!after.output.contains("cannot be checked"), "\(after.output)")
        #expect(after.output.contains("(blank cells read as 0)"), "\(after.output)")
        #expect(after.output.contains("expected 0, found 1"), "\(after.output)")
        // The blank cells are still reported as blank: reading them as 0 does not make them printed.
        #expect(after.output.contains("warning cell.blank"), "\(after.output)")
        #expect(after.failed)

        #expect(shell.execute("set").output == "format table\nblank-as-zero on\ntimer off\n")
        _ = shell.execute("set blank-as-zero off")
        #expect(shell.execute("check").output.contains("not assessable t4.block_sum"))
    }
}
