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
        let report = ReportBuilder(table2: example.table2, table3: example.table3).setting(example.cells).report
        let findings = rule.check(report, options: ValidationOptions(blankAsZero: example.blankAsZero))
        #expect(findings.allSatisfy { $0.rule == testCase.rule && $0.severity == rule.description.severity })
        switch example.expectation {
        case .passes:
            #expect(findings.isEmpty, "\(findings.map(\.message))")
        case .fails(let naming):
            let failures = findings.filter { $0.outcome == .fail }
            #expect(!failures.isEmpty)
            let named = Set(failures.flatMap { $0.cells.map(\.key.description) })
            for key in naming { #expect(named.contains(key), "names \(key)") }
            #expect(failures.allSatisfy { !$0.message.isEmpty && $0.line > 0 })
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
