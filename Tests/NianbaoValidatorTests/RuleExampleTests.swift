import NianbaoModel
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// Each rule's declared examples pass and fail as declared.
@Suite struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: RuleExample
        var testDescription: String { "\(rule): \(example)" }
    }

    static let cases = Validator.rules.flatMap { rule in
        rule.description.examples.map { Case(rule: rule.description.id, example: $0) }
    }

    @Test(arguments: cases)
    func exampleBehavesAsDeclared(_ testCase: Case) throws {
        let rule = try #require(Validator.rule(testCase.rule))
        let example = testCase.example
        let report = ReportBuilder(source: "this.txt", year: example.year, table2: example.table2, table3: example.table3)
            .setting(example.cells).narrating(example.narrative).removing(example.absent).addingUnknownRows(example.unknownRows).report
        let previous = example.previous.map { cells in
            ReportBuilder(source: "before.txt", year: example.year - 1, table2: example.table2, table3: example.table3).setting(cells).report
        }
        let duplicate = example.duplicate.map { cells in
            ReportBuilder(source: "again.txt", year: example.year, table2: example.table2, table3: example.table3).setting(cells).report
        }
        let findings = rule.check([previous, report, duplicate].compactMap { $0 }, options: ValidationOptions(blankAsZero: example.blankAsZero))
            .filter { $0.source == report.source }
        #expect(findings.allSatisfy { $0.rule == testCase.rule && $0.severity == rule.description.severity })
        switch example.expectation {
        case .passes:
            #expect(findings.isEmpty, "\(findings.map(\.message))")
        case .fails(let naming):
            let failures = findings.filter { $0.outcome == .fail }
            #expect(!failures.isEmpty)
            let named = Set(failures.flatMap { $0.cells.map(\.key.description) })
            for key in naming { #expect(named.contains(key), "names \(key)") }
            // A finding points at a line, unless it is about something the report does not print at all.
            #expect(failures.allSatisfy { !$0.message.isEmpty && ($0.line > 0 || $0.rule == "template.missing_table") })
        case .notAssessable:
            #expect(!findings.isEmpty)
            #expect(findings.allSatisfy { $0.outcome == .notAssessable }, "\(findings.map(\.message))")
        }
    }

    @Test func idsAreUniqueAndWellFormed() {
        let ids = Validator.rules.map(\.description.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z0-9]+\.[a-z0-9_]+/) != nil, "\(id)")
        }
    }

    @Test func everyRuleHasPassingAndFailingExamples() {
        for rule in Validator.rules {
            let expectations = rule.description.examples.map(\.expectation)
            #expect(expectations.contains(.passes), "\(rule.description.id)")
            #expect(expectations.contains { if case .fails = $0 { true } else { false } }, "\(rule.description.id)")
        }
    }
}
