import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

/// `ReportFilter`: the `where` clause of `list`, read from words and tested against reports.
@Suite struct ReportFilterTests {
    static let penalty = FieldResolver.resolve("行政处罚")!

    static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test(arguments: [
        ("行政处罚 > 100", ReportFilter.Comparison.greater, "100"),
        ("行政处罚 >= 3", .atLeast, "3"),
        ("行政处罚 < 5", .less, "5"),
        ("行政处罚 <= 0", .atMost, "0"),
        ("行政处罚 = 886", .equal, "886"),
        ("行政处罚 != 0", .notEqual, "0"),
        // Written together, or with other spellings and full-width digits.
        ("行政处罚>100", .greater, "100"),
        ("行政处罚>=3", .atLeast, "3"),
        ("行政处罚 >=3", .atLeast, "3"),
        ("行政处罚>= 3", .atLeast, "3"),
        ("行政处罚 == 886", .equal, "886"),
        ("行政处罚 ≥ 3", .atLeast, "3"),
        ("行政处罚 ≤ 3", .atMost, "3"),
        ("行政处罚 ≠ 3", .notEqual, "3"),
        ("行政处罚 > １００", .greater, "100"),
        ("t2.penalty.decisions > -1", .greater, "-1"),
        ("t2.penalty.decisions > 2.5", .greater, "2.5"),
    ])
    func comparisonsAreRead(_ example: (text: String, comparison: ReportFilter.Comparison, bound: String)) throws {
        let filter = try ReportFilter(parsing: Self.words(example.text))
        guard case .number(let field, let comparison, let bound) = try #require(filter.conditions.first) else {
            Issue.record("not a comparison: \(filter.conditions)")
            return
        }
        #expect(filter.conditions.count == 1)
        #expect(field.target == Self.penalty.target)
        #expect(comparison == example.comparison)
        #expect(bound == DecimalNumber(example.bound)!)
    }

    @Test func checkConditions() throws {
        #expect(try ReportFilter(parsing: ["check", "fails"]).conditions == [.check(passes: false)])
        #expect(try ReportFilter(parsing: ["check", "passes"]).conditions == [.check(passes: true)])
        #expect(try ReportFilter(parsing: ["check", "fails"]).needsCheck)
        #expect(try !ReportFilter(parsing: ["行政处罚", ">", "1"]).needsCheck)
    }

    @Test func conditionsJoinedByAnd() throws {
        let filter = try ReportFilter(parsing: Self.words("行政处罚 >= 3 and 本年新收 = 2 and check passes"))
        let new = FieldResolver.resolve("本年新收")!
        #expect(filter.conditions == [.number(Self.penalty, .atLeast, DecimalNumber(3)), .number(new, .equal, DecimalNumber(2)), .check(passes: true)])
        #expect(filter.fields == [Self.penalty, new])
        #expect(filter.conditions.map(\.description) == ["行政处罚 >= 3", "一、本年新收政府信息公开申请数量 = 2", "check passes"])
    }

    @Test(arguments: [
        ("", FilterError.empty),
        ("行政处罚 > 1 and", .empty),
        ("and 行政处罚 > 1", .empty),
        ("行政处罚 100", .missingOperator("行政处罚 100")),
        ("行政处罚", .missingOperator("行政处罚")),
        ("> 3", .missingField("> 3")),
        ("行政处罚 > abc", .notANumber("abc", condition: "行政处罚 > abc")),
        ("行政处罚 >", .notANumber("", condition: "行政处罚 >")),
        ("行政处罚 > 1 2", .notANumber("1 2", condition: "行政处罚 > 1 2")),
        ("行政处法 > 1", .unknownField("行政处法")),
        ("check", .unknownCheck("check")),
        ("check maybe", .unknownCheck("check maybe")),
    ])
    func unreadableConditionsSayWhy(_ example: (text: String, error: FilterError)) {
        #expect(throws: example.error) { try ReportFilter(parsing: Self.words(example.text)) }
    }

    @Test func anAmbiguousFieldListsItsCandidates() {
        #expect {
            try ReportFilter(parsing: ["处", ">", "1"])
        } throws: { error in
            guard case FilterError.ambiguousField("处", let candidates) = error else { return false }
            return candidates.contains("t2.penalty.decisions 行政处罚")
        }
    }

    @Test func numbersAreCompared() throws {
        let report = ReportBuilder(agency: "甲").setting(["t2.penalty.decisions": "5"]).report
        for (text, expected) in [("> 4", true), ("> 5", false), (">= 5", true), ("< 6", true), ("<= 4", false), ("= 5", true), ("!= 5", false), ("= 5.0", true)] {
            let filter = try ReportFilter(parsing: ["行政处罚"] + Self.words(text))
            #expect(filter.test(report, hasError: { false }) == (expected ? .matches : .fails), "行政处罚 \(text)")
        }
    }

    /// Blank, `/`, text and absent cells satisfy no comparison, not even `!=` or `<`: they are skipped, with why.
    @Test(arguments: [("", "blank"), ("/", "na"), ("详见附表", "text")])
    func cellsWithoutANumberSatisfyNothing(_ example: (printed: String, gap: String)) throws {
        let report = ReportBuilder(agency: "甲").setting(["t2.penalty.decisions": example.printed]).report
        for text in ["> -1", "< 1", "= 0", "!= 0", ">= 0"] {
            let filter = try ReportFilter(parsing: ["行政处罚"] + Self.words(text))
            #expect(filter.test(report, hasError: { false }) == .noNumber(gap: example.gap, field: "行政处罚"), "‘\(example.printed)’ \(text)")
        }
    }

    @Test func aCellTheTemplateLacksIsAbsent() throws {
        let report = ReportBuilder(year: 2020, agency: "乙", table2: .v2019).report
        let filter = try ReportFilter(parsing: Self.words("t2.fees.amount >= 0"))
        #expect(filter.test(report, hasError: { false }) == .noNumber(gap: "absent", field: "行政事业性收费"))
    }

    /// A failed condition decides, even when another condition has no number.
    @Test func aFailedConditionIsNotASkip() throws {
        let report = ReportBuilder(agency: "甲").setting(["t2.penalty.decisions": "", "t3.new.total": "1"]).report
        let filter = try ReportFilter(parsing: Self.words("行政处罚 > 0 and 本年新收 > 5"))
        #expect(filter.test(report, hasError: { false }) == .fails)
        let passing = try ReportFilter(parsing: Self.words("行政处罚 > 0 and 本年新收 > 0"))
        #expect(passing.test(report, hasError: { false }) == .noNumber(gap: "blank", field: "行政处罚"))
    }

    @Test func checkAsksOnlyWhenNeeded() throws {
        let report = ReportBuilder(agency: "甲").report
        let fails = try ReportFilter(parsing: ["check", "fails"])
        #expect(fails.test(report, hasError: { true }) == .matches)
        #expect(fails.test(report, hasError: { false }) == .fails)
        let passes = try ReportFilter(parsing: ["check", "passes"])
        #expect(passes.test(report, hasError: { false }) == .matches)
        #expect(passes.test(report, hasError: { true }) == .fails)
        let numeric = try ReportFilter(parsing: Self.words("行政处罚 = 0"))
        #expect(numeric.test(report, hasError: { Issue.record("asked for findings"); return false }) == .matches)
    }
}
