import NianbaoModel
import NianbaoShell
import NianbaoTestSupport
import Testing

/// `check` with rules across reports: the selection is compared with the whole corpus, findings concern the
/// selection only, and a cell of another report says where it comes from.
@Suite struct CheckAcrossReportsTests {
    /// 2023 carries in 3 where 2022 carried forward 2; names printed with and without the city.
    static let this = ReportBuilder(source: "this.txt", year: 2023, agency: "杭州市拱墅区统计局")
        .setting(["t3.new.total": "0", "t3.carried_in.total": "3", "t3.carried_in.natural": "3",
                  "t3.total.total": "0", "t3.carried_forward.total": "3", "t3.carried_forward.natural": "3"]).report
    static let before = ReportBuilder(source: "before.txt", year: 2022, agency: "拱墅区统计局")
        .setting(["t3.new.total": "2", "t3.new.natural": "2", "t3.total.total": "0",
                  "t3.carried_forward.total": "2", "t3.carried_forward.natural": "2"]).report

    @Test func selectionIsComparedWithTheCorpus() {
        var shell = ShellFixtures.shell(with: [Self.before, Self.this])
        let output = shell.execute("check 2023").output
        #expect(output.contains("warning corpus.carry_over  2023 杭州市拱墅区统计局  this.txt:"), "\(output)")
        #expect(output.contains("matched 杭州市拱墅区统计局 (2023, this.txt) with 拱墅区统计局 (2022, before.txt), both read as 拱墅区统计局"), "\(output)")
        let lines = CheckCommandTests.words(output)
        // The year before's cell says which report it is from; this report's cells do not.
        #expect(lines.contains { $0.first == "t3.carried_forward.total" && $0.contains("(2022") && $0.contains("before.txt)") }, "\(output)")
        #expect(lines.contains { $0.first == "t3.carried_in.total" && !$0.contains("before.txt)") }, "\(output)")
        #expect(output.contains("checked 1 report: 0 clean"), "\(output)")
    }

    /// The corpus grouped by agency is kept between commands, and worked out again once a report is added.
    @Test func aReportAddedLaterIsComparedWith() {
        var shell = ShellFixtures.shell(with: [Self.this])
        #expect(!shell.execute("check 2023").output.contains("corpus.carry_over"))
        shell.session.corpus.add(Self.before)
        let output = shell.execute("check 2023").output
        #expect(output.contains("warning corpus.carry_over  2023 杭州市拱墅区统计局  this.txt:"), "\(output)")
    }

    @Test func findingsOfOtherReportsAreLeftOut() {
        var shell = ShellFixtures.shell(with: [Self.before, Self.this])
        let output = shell.execute("check 2022").output
        #expect(!output.contains("corpus."), "\(output)")
        #expect(!output.contains("this.txt"), "\(output)")
    }

    /// The validator lists findings rule by rule; `check` lists them report by report, in the selection's order.
    @Test func findingsAreListedReportByReport() {
        // Rule by rule this would be t4.block_sum (before, this), cell.blank (before), corpus.carry_over (this).
        let this = ReportBuilder(source: "this.txt", year: 2023, agency: "拱墅区统计局")
            .setting(["t3.carried_in.total": "3", "t3.carried_forward.total": "3", "t4.review.total": "1"]).report
        let before = ReportBuilder(source: "before.txt", year: 2022, agency: "拱墅区统计局").setting(["t4.review.other": ""]).report
        var shell = ShellFixtures.shell(with: [before, this])
        let output = shell.execute("check").output
        let headings = output.split(separator: "\n").filter { $0.hasPrefix("error ") || $0.hasPrefix("warning ") || $0.hasPrefix("not assessable ") }
        let sources = headings.compactMap { $0.split(separator: " ").last?.split(separator: ":").first.map(String.init) }
        #expect(sources.filter { $0 == "before.txt" }.count == 2, "\(output)")
        #expect(sources.prefix(2) == ["before.txt", "before.txt"], "\(output)")
        #expect(sources.dropFirst(2).allSatisfy { $0 == "this.txt" } && sources.count > 2, "\(output)")
        #expect(headings.last?.hasPrefix("warning corpus.carry_over") == true, "\(output)")
    }
}
