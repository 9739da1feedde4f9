import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// The seeds are correct reports: the validator must raise no finding on them.
@Suite struct SeedReportTests {
    @Test(arguments: Repository.seedReports.map(\.lastPathComponent))
    func correctSeedHasNoFinding(_ name: String) throws {
        let report = try ReportParser.parse(fileAt: Repository.corpus.appendingPathComponent(name).path)
        let findings = Validator().check(report)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func changedTotalIsCaughtByEveryRuleThatReadsIt() throws {
        var report = try ReportParser.parse(fileAt: Repository.seedReports[3].path)
        report[FieldKey(.t3, "total", "natural")] = Cell(kind: .number, number: DecimalNumber(7), raw: "7", line: 400)
        let rules = Set(Validator().check(report).map(\.rule))
        #expect(rules == ["t3.balance", "t3.results_sum", "t3.row_sum"])
    }
}

/// A row the parser could not read with certainty is its notice, never a missing row or a wrong sum.
@Suite struct UnreadableRowTests {
    @Test func digitsThatSplitTwoWaysMakeTheSumsNotAssessable() throws {
        let path = Repository.root.appendingPathComponent("Tests/NianbaoParserTests/Fixtures/Layouts/run-together.txt").path
        let findings = Validator().check(try ReportParser.parse(fileAt: path))
        #expect(!findings.contains { $0.rule == "template.missing_row" })
        #expect(!findings.contains { $0.outcome == .fail && $0.severity == .error })
        let stopped = findings.filter { $0.rule == "t3.row_sum" }
        #expect(stopped.count == 1 && stopped[0].outcome == .notAssessable && stopped[0].message.contains("unreadable"))
        #expect(stopped.first?.line == 48, "points at the row that could not be read")
    }
}
