import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// A corpus keeps of each narrative only the lines with one of `Validator.narrativeWords`: the rules must find
/// exactly what they find in the whole text, at the same lines.
@Suite struct AbridgedNarrativeTests {
    /// What a finding says and where, to compare two runs.
    static func said(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) line \($0.line): \($0.message)" }
    }

    static func abridged(_ report: Report) -> Report {
        var report = report
        report.abridgeNarrative(keepingLinesWith: Validator.narrativeWords)
        return report
    }

    static let examples = Validator.rules.filter { $0.description.id.hasPrefix("text.") }
        .flatMap { rule in rule.description.examples.filter { !$0.narrative.isEmpty } }

    @Test func wordsAreThoseOfTheTextRules() {
        #expect(Set(Validator.narrativeWords) == ["申请", "复议", "诉讼", "统计"])
    }

    @Test(arguments: examples)
    func exampleFindsTheSame(_ example: RuleExample) {
        let report = ReportBuilder(year: example.year).setting(example.cells).narrating("本机关高度重视信息公开工作。\n" + example.narrative).report
        let whole = Validator().check(report)
        #expect(Self.said(Validator().check(Self.abridged(report))) == Self.said(whole))
    }

    /// Seeds with totals and a year the text contradicts, so that every text rule has something to find.
    @Test(arguments: Repository.seedReports.map(\.lastPathComponent))
    func contradictedSeedFindsTheSame(_ name: String) throws {
        var report = try ReportParser.parse(fileAt: Repository.corpus.appendingPathComponent(name).path)
        for key in ["t3.new.total", "t3.carried_in.total", "t4.review.total", "t4.suit_direct.total"] {
            report[FieldKey(key)!] = Cell(kind: .number, number: DecimalNumber(977), raw: "977", line: 400)
        }
        report.year = report.year.map { $0 + 1 }
        let whole = Self.said(Validator().check(report).filter { $0.rule.hasPrefix("text.") })
        #expect(!whole.isEmpty)
        #expect(Self.said(Validator().check(Self.abridged(report)).filter { $0.rule.hasPrefix("text.") }) == whole)
    }

    @Test(arguments: Repository.seedReports.map(\.lastPathComponent))
    func seedKeepsLessText(_ name: String) throws {
        let report = try ReportParser.parse(fileAt: Repository.corpus.appendingPathComponent(name).path)
        let kept = Self.abridged(report).narrative.map(\.body.utf8.count).reduce(0, +)
        #expect(kept < report.narrative.map(\.body.utf8.count).reduce(0, +))
    }
}
