import NianbaoModel
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// The rules across reports of one agency, in cases a rule's examples cannot express: names printed differently,
/// gaps between years, mixed template versions, duplicates and large corpora.
@Suite struct CorpusRuleTests {
    static func findings(_ id: String, _ reports: [Report], blankAsZero: Bool = false) throws -> [Finding] {
        let rule = try #require(Validator.rule(id))
        return rule.check(reports, options: ValidationOptions(blankAsZero: blankAsZero))
    }

    static func report(_ source: String, _ year: Int, _ agency: String, table2: TemplateVersion = .v2021,
                       table3: TemplateVersion = .v2021, _ cells: [String: String] = [:]) -> Report {
        ReportBuilder(source: source, year: year, agency: agency, table2: table2, table3: table3).setting(cells).report
    }

    /// The line a test report prints a cell on.
    static func line(of key: String, in report: Report) -> Int {
        FieldKey(key).flatMap { report[$0] }.map { Int($0.line) } ?? 0
    }

    @Test(arguments: [
        ("杭州市拱墅区统计局", "拱墅区统计局"),
        ("杭州市拱墅区祥符街道办事处", "拱墅区祥符街道"),
        ("拱墅区祥符街道", "杭州市拱墅区祥符街道办事处"),
        ("杭州市余杭区百丈镇人民政府", "杭州市余杭区百丈镇"),
    ])
    func namesPrintedDifferentlyAcrossYearsAreMatched(_ names: (this: String, before: String)) throws {
        let this = Self.report("this.txt", 2023, names.this, ["t3.carried_in.total": "3", "t3.carried_in.natural": "3"])
        let before = Self.report("before.txt", 2022, names.before, ["t3.carried_forward.total": "2", "t3.carried_forward.natural": "2"])
        let findings = try Self.findings("corpus.carry_over", [before, this])

        #expect(findings.count == 2, "\(findings.map(\.message))")
        let total = try #require(findings.first { $0.cells.contains { $0.key.description == "t3.carried_in.total" } })
        #expect(total.source == "this.txt")
        #expect(total.year == 2023)
        #expect(total.outcome == .fail)
        #expect(total.expected == "2")
        #expect(total.found == "3")
        #expect(total.message.contains("matched \(names.this) (2023, this.txt) with \(names.before) (2022, before.txt)"), "\(total.message)")
        #expect(total.message.hasSuffix(", both read as \(AgencyName.canonical(names.this))"), "\(total.message)")
        // The year before's cell is involved with its own source, year and line.
        let carriedForward = try #require(total.cells.first { $0.key.description == "t3.carried_forward.total" })
        #expect(carriedForward.source == "before.txt")
        #expect(carriedForward.year == 2022)
        #expect(carriedForward.cell.raw == "2")
        #expect(carriedForward.cell.line > 0)
        // The finding points at this report's line, not the other's.
        #expect(total.line == Self.line(of: "t3.carried_in.total", in: this))
    }

    /// 鼓楼区 is in 南京市 and in 福州市: names that read alike once their cities are dropped are different
    /// agencies when both print a city and the cities differ.
    @Test func sameDistrictInDifferentCitiesIsNotMatched() throws {
        let nanjing = Self.report("nanjing.txt", 2023, "南京市鼓楼区统计局", ["t3.carried_in.total": "3", "t3.carried_in.natural": "3"])
        let fuzhou = Self.report("fuzhou.txt", 2022, "福州市鼓楼区统计局", ["t3.carried_forward.total": "2", "t3.carried_forward.natural": "2"])
        #expect(try Self.findings("corpus.carry_over", [fuzhou, nanjing]).isEmpty)

        let fuzhouThisYear = Self.report("fuzhou-2023.txt", 2023, "福州市鼓楼区统计局", ["t3.new.total": "9", "t3.new.natural": "9"])
        #expect(try Self.findings("corpus.duplicate", [nanjing, fuzhouThisYear]).isEmpty)

        // Without a city, the district is matched with either.
        let bare = Self.report("bare.txt", 2022, "鼓楼区统计局", ["t3.carried_forward.total": "2", "t3.carried_forward.natural": "2"])
        #expect(try Self.findings("corpus.carry_over", [bare, nanjing]).count == 2)
    }

    @Test func sameNameSaysWhichReportsWithoutReading() throws {
        let this = Self.report("this.txt", 2023, "拱墅区统计局", ["t3.carried_in.total": "1"])
        let before = Self.report("before.txt", 2022, "拱墅区统计局")
        let finding = try #require(try Self.findings("corpus.carry_over", [this, before]).first)
        #expect(finding.message == "column ‘总计’: 上年结转 1 but 2022 结转下年度 0; matched 拱墅区统计局 (2023, this.txt) with 拱墅区统计局 (2022, before.txt)")
    }

    @Test func differentAgenciesAreNotMatched() throws {
        let this = Self.report("this.txt", 2023, "杭州市拱墅区统计局", ["t3.carried_in.total": "3"])
        let city = Self.report("city.txt", 2022, "杭州市统计局", ["t3.carried_forward.total": "2"])
        let other = Self.report("other.txt", 2022, "拱墅区祥符街道", ["t3.carried_forward.total": "2"])
        #expect(try Self.findings("corpus.carry_over", [this, city, other]).isEmpty)
    }

    @Test func nonConsecutiveYearsAreNotCompared() throws {
        let later = Self.report("2023.txt", 2023, "拱墅区统计局", ["t3.carried_in.total": "3", "t2.normative.in_force": "9"])
        let earlier = Self.report("2021.txt", 2021, "拱墅区统计局", ["t3.carried_forward.total": "2", "t2.normative.in_force": "1"])
        #expect(try Self.findings("corpus.carry_over", [earlier, later]).isEmpty)
        #expect(try Self.findings("corpus.in_force", [earlier, later]).isEmpty)
        // Nor is a year compared with the year after it.
        let next = Self.report("2022.txt", 2022, "拱墅区统计局", ["t3.carried_forward.total": "5"])
        #expect(try Self.findings("corpus.carry_over", [next]).isEmpty)
        #expect(try Self.findings("corpus.carry_over", [earlier, next, later]).map(\.source) == ["2022.txt", "2023.txt"])
    }

    @Test func reportsWithoutAgencyOrYearAreSkipped() throws {
        var this = Self.report("this.txt", 2023, "拱墅区统计局", ["t3.carried_in.total": "3"])
        let before = Self.report("before.txt", 2022, "拱墅区统计局")
        this.agency = nil
        #expect(try Self.findings("corpus.carry_over", [before, this]).isEmpty)
        this.agency = "拱墅区统计局"
        this.year = nil
        #expect(try Self.findings("corpus.carry_over", [before, this]).isEmpty)
    }

    @Test func v2019YearBeforeIsNotComparedForInForce() throws {
        let this = Self.report("2021.txt", 2021, "拱墅区统计局", ["t2.normative.in_force": "7"])
        let before = Self.report("2020.txt", 2020, "拱墅区统计局", table2: .v2019, table3: .v2019, ["t2.normative.public_total": "3"])
        #expect(try Self.findings("corpus.in_force", [before, this]).isEmpty)
        // 表三's carried rows are the same in both versions, so carry-over is still checked.
        let carried = Self.report("2021.txt", 2021, "拱墅区统计局", ["t3.carried_in.total": "1"])
        let findings = try Self.findings("corpus.carry_over", [before, carried])
        #expect(findings.map(\.outcome) == [.fail])
    }

    @Test func inForceChainsTheYearBefore() throws {
        let this = Self.report("this.txt", 2023, "拱墅区司法局",
                               ["t2.normative.issued": "2", "t2.normative.repealed": "1", "t2.normative.in_force": "7"])
        let before = Self.report("before.txt", 2022, "杭州市拱墅区司法局", ["t2.normative.in_force": "5"])
        let findings = try Self.findings("corpus.in_force", [before, this])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.expected == "6")
        #expect(finding.found == "7")
        #expect(finding.message.hasPrefix("‘行政规范性文件’: 现行有效件数 7 but 2022 现行有效件数 5 + 本年制发件数 2 − 本年废止件数 1 = 6; matched"), "\(finding.message)")
        #expect(finding.cells.map(\.key.description) == ["t2.normative.in_force", "t2.normative.in_force", "t2.normative.issued", "t2.normative.repealed"])
        #expect(finding.cells.map(\.source) == ["this.txt", "before.txt", "this.txt", "this.txt"])
    }

    @Test func blankCarriedForwardIsNotAssessableNamingThatCell() throws {
        let this = Self.report("this.txt", 2023, "拱墅区统计局")
        let before = Self.report("before.txt", 2022, "拱墅区统计局", ["t3.carried_forward.total": ""])
        let findings = try Self.findings("corpus.carry_over", [before, this])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.outcome == .notAssessable)
        #expect(finding.source == "this.txt")
        #expect(finding.cells.map(\.key.description) == ["t3.carried_forward.total"])
        #expect(finding.cells.map(\.source) == ["before.txt"])
        #expect(finding.message.hasPrefix("column ‘总计’ cannot be checked: ‘四、结转下年度继续办理 · 总计’ in 2022 before.txt is blank; matched"), "\(finding.message)")
        // Still points at this report's line, where a reader starts.
        #expect(finding.line == Self.line(of: "t3.carried_in.total", in: this))

        #expect(try Self.findings("corpus.carry_over", [before, this], blankAsZero: true).isEmpty)
    }

    @Test func missingTable3IsLeftToTheTemplateRule() throws {
        var this = Self.report("this.txt", 2023, "拱墅区统计局", ["t3.carried_in.total": "4"])
        this[.t3] = Table(template: this[.t3].template)
        let before = Self.report("before.txt", 2022, "拱墅区统计局")
        #expect(try Self.findings("corpus.carry_over", [before, this]).isEmpty)
    }

    @Test func differingDuplicatesAreFoundOnEach() throws {
        let changes = ["t2.penalty.decisions": "5", "t3.new.total": "3", "t3.new.natural": "3", "t3.granted.total": "3",
                       "t3.granted.natural": "3", "t3.total.total": "3", "t3.total.natural": ""]
        let first = Self.report("a.txt", 2023, "杭州市拱墅区统计局")
        let second = Self.report("b.txt", 2023, "拱墅区统计局", changes)
        let findings = try Self.findings("corpus.duplicate", [first, second])

        #expect(findings.map(\.source) == ["a.txt", "b.txt"])
        for finding in findings {
            #expect(finding.outcome == .fail)
            #expect(finding.message.hasPrefix("7 cells differ from \(finding.source == "a.txt" ? "b.txt" : "a.txt") of the same agency and year: "), "\(finding.message)")
            #expect(finding.message.contains(" and 2 more; matched "), "\(finding.message)")
            #expect(finding.message.hasSuffix(", both read as 拱墅区统计局"), "\(finding.message)")
            // A handful of keys, each with both reports' cells.
            #expect(finding.cells.count == 10)
            #expect(Set(finding.cells.map(\.source)) == ["a.txt", "b.txt"])
            #expect(finding.line > 0)
        }
        let fromA = try #require(findings.first)
        #expect(fromA.message.contains("t2.penalty.decisions ‘0’ against ‘5’"), "\(fromA.message)")
        let fromB = try #require(findings.last)
        #expect(fromB.message.contains("t2.penalty.decisions ‘5’ against ‘0’"), "\(fromB.message)")
    }

    @Test func identicalDuplicatesAreNotFindings() throws {
        let first = Self.report("a.txt", 2023, "拱墅区统计局", ["t3.new.total": "2", "t2.fees.amount": "1.50", "t2.regulations.issued": "/"])
        var second = Self.report("b.txt", 2023, "杭州市拱墅区统计局", ["t3.new.total": "2", "t2.fees.amount": "1.5", "t2.regulations.issued": "无"])
        // Printed on other lines, `1.5` for `1.50` and `无` for `/`: the same meaning.
        second[.t4].cells = CellList(second[.t4].cells.map { cell in
            var moved = cell
            moved.line += 100
            return moved
        })
        #expect(try Self.findings("corpus.duplicate", [first, second]).isEmpty)
    }

    @Test func sameFileLoadedTwiceIsNeverCompared() throws {
        let first = Self.report("a.txt", 2023, "拱墅区统计局", ["t3.new.total": "2", "t3.carried_in.total": "1"])
        let again = Self.report("a.txt", 2023, "拱墅区统计局", ["t3.new.total": "3", "t3.carried_in.total": "1"])
        let before = Self.report("before.txt", 2022, "拱墅区统计局")
        #expect(try Self.findings("corpus.duplicate", [first, again]).isEmpty)
        // Nor counted twice by the other rules.
        #expect(try Self.findings("corpus.carry_over", [before, first, again]).count == 1)
    }

    @Test func identicalCopiesOfTheYearBeforeAreComparedOnce() throws {
        let this = Self.report("this.txt", 2023, "拱墅区统计局", ["t3.carried_in.total": "1"])
        let before = Self.report("before.txt", 2022, "拱墅区统计局")
        let copy = Self.report("copy.txt", 2022, "杭州市拱墅区统计局")
        #expect(try Self.findings("corpus.carry_over", [before, copy, this]).count == 1)
        // Copies that differ are each compared (and corpus.duplicate says they differ).
        let other = Self.report("other.txt", 2022, "拱墅区统计局", ["t3.carried_forward.total": "1"])
        let findings = try Self.findings("corpus.carry_over", [before, other, this])
        #expect(findings.count == 1)
        #expect(findings.first?.cells.last?.source == "before.txt")
    }

    @Test func validatorReportsOnTheSelectionOnly() {
        let this = Self.report("this.txt", 2023, "拱墅区统计局", ["t3.carried_in.total": "1"])
        let before = Self.report("before.txt", 2022, "拱墅区统计局")
        let corpus = [before, this]
        let validator = Validator()
        #expect(validator.check([this], context: corpus).map(\.rule).contains("corpus.carry_over"))
        #expect(!validator.check([before], context: corpus).contains { $0.rule.hasPrefix("corpus.") })
        // Without the corpus, a report has nothing to be compared with.
        #expect(!validator.check(this).contains { $0.rule.hasPrefix("corpus.") })
    }

    /// 2,000 reports of 200 agencies over ten years, names printed with and without the city: each rule groups
    /// them by lookup, so this is quick; it checks what is found, not how fast.
    @Test func largeCorpusIsGroupedByAgency() throws {
        var reports: [Report] = []
        for agency in 0..<200 {
            for year in 2014...2023 {
                let name = year.isMultiple(of: 2) ? "杭州市拱墅区第\(agency)局" : "拱墅区第\(agency)局"
                // Every agency carries 1 forward each year and in the next; agencies 0, 10, … forget it in 2020.
                let carriedIn = agency.isMultiple(of: 10) && year == 2020 ? "0" : "1"
                reports.append(Self.report("\(agency)-\(year).txt", year, name,
                                           ["t3.carried_in.total": year == 2014 ? "0" : carriedIn, "t3.carried_forward.total": "1"]))
            }
        }
        // Agency 7 has a second, different 2023 report.
        reports.append(Self.report("7-2023-bis.txt", 2023, "杭州市拱墅区第7局",
                                   ["t3.new.total": "1", "t3.carried_in.total": "1", "t3.carried_forward.total": "1"]))
        reports.shuffle()

        let carryOver = try Self.findings("corpus.carry_over", reports)
        #expect(carryOver.count == 20)
        #expect(Set(carryOver.map(\.source)) == Set(stride(from: 0, to: 200, by: 10).map { "\($0)-2020.txt" }))
        #expect(try Self.findings("corpus.in_force", reports).isEmpty)
        let duplicates = try Self.findings("corpus.duplicate", reports)
        #expect(Set(duplicates.map(\.source)) == ["7-2023.txt", "7-2023-bis.txt"])
    }
}
