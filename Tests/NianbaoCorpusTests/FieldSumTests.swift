import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

@Suite struct FieldSumTests {
    static let penalty = FieldResolver.resolve("行政处罚")!

    @Test func penaltiesOverTheSeeds() throws {
        var corpus = Corpus()
        let summary = corpus.load([Repository.corpus.path])
        try #require(summary.failures.isEmpty)
        let sum = FieldSum(Self.penalty, over: corpus.reports)
        // 886 (祥符街道) + 0 (百丈镇) + 0 (西高皇街道) + 3 (统计局) + 0 (湖墅街道, v2019).
        #expect(sum.total == DecimalNumber(889))
        #expect(sum.contributors.count == 5)
        #expect(sum.gaps.isEmpty)
        #expect(sum.parts.map { $0.value?.description } == ["886", "0", "0", "3", "0"])
    }

    @Test func gapsAreReportedAndNotCounted() {
        let reports = [
            ReportBuilder(source: "a.txt", agency: "甲").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "b.txt", agency: "乙").setting(["t2.penalty.decisions": ""]).report,
            ReportBuilder(source: "c.txt", agency: "丙").setting(["t2.penalty.decisions": "/"]).report,
            ReportBuilder(source: "d.txt", agency: "丁").setting(["t2.penalty.decisions": "详见附表"]).report,
            ReportBuilder(source: "e.txt", year: 2020, agency: "戊", table2: .v2019).setting(["t2.penalty.decisions": "7"]).report,
        ]
        let sum = FieldSum(Self.penalty, over: reports)
        #expect(sum.total == DecimalNumber(12))
        #expect(sum.contributors.map(sum.agency(of:)) == ["甲", "戊"])
        #expect(sum.gaps.map(sum.agency(of:)) == ["乙", "丙", "丁"])
        #expect(sum.gaps.map(\.gap) == ["blank", "na", "text"])
        #expect(sum.gaps.allSatisfy { $0.value == nil })
    }

    @Test func aCellTheVersionLacksIsAbsentNotZero() {
        let fees = FieldResolver.resolve("t2.fees.amount")!
        let reports = [
            ReportBuilder(source: "a.txt", agency: "甲").setting(["t2.fees.amount": "5949.088667"]).report,
            ReportBuilder(source: "b.txt", year: 2020, agency: "乙", table2: .v2019).report,
        ]
        let sum = FieldSum(fees, over: reports)
        #expect(sum.total == DecimalNumber("5949.088667"))
        #expect(sum.gaps.map(\.gap) == ["absent"])
        #expect(sum.gaps.map(sum.reportName(of:)) == ["2020 乙"])
    }

    @Test func aCellNotPrintedIsMissing() {
        var report = ReportBuilder(source: "a.txt", agency: "甲").report
        report[FieldKey(.t2, "penalty", "decisions")] = .missing
        #expect(FieldSum(Self.penalty, over: [report]).gaps.map(\.gap) == ["missing"])
    }

    @Test func groupsAddTheirRowsAndNeedEveryOne() {
        let denied = FieldResolver.resolve("不予公开")!
        let full = ReportBuilder(source: "a.txt", agency: "甲").setting(["t3.denied_secret.total": "1", "t3.denied_query.total": "2"]).report
        let partlyBlank = ReportBuilder(source: "b.txt", agency: "乙").setting(["t3.denied_secret.total": "4", "t3.denied_law.total": ""]).report
        let sum = FieldSum(denied, over: [full, partlyBlank])
        #expect(sum.total == DecimalNumber(3))
        #expect(sum.gaps.map(sum.agency(of:)) == ["乙"])
        #expect(sum.gaps.map(\.gap) == ["blank"])
    }

    @Test func groupedByYearInYearOrder() {
        let reports = [
            ReportBuilder(source: "a.txt", year: 2023, agency: "甲").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "b.txt", year: 2021, agency: "甲").setting(["t2.penalty.decisions": "2"]).report,
            ReportBuilder(source: "c.txt", year: 2023, agency: "乙").setting(["t2.penalty.decisions": "1"]).report,
            ReportBuilder(source: "d.txt", year: 2021, agency: "乙").setting(["t2.penalty.decisions": ""]).report,
        ]
        let byYear = FieldSum(Self.penalty, over: reports).grouped(by: .year)
        #expect(byYear.map(\.name) == ["2021", "2023"])
        #expect(byYear.map(\.total) == [DecimalNumber(2), DecimalNumber(6)])
        #expect(byYear.map(\.reports) == [1, 2])
        #expect(byYear.map(\.gaps) == [1, 0])

        let byAgency = FieldSum(Self.penalty, over: reports).grouped(by: .agency)
        #expect(byAgency.map(\.name) == ["甲", "乙"], "first seen order")
        #expect(byAgency.map(\.total) == [DecimalNumber(7), DecimalNumber(1)])
    }

    @Test func reportsWithoutAYearGroupLast() {
        var unknown = ReportBuilder(source: "x.txt", agency: "甲").setting(["t2.penalty.decisions": "4"]).report
        unknown.year = nil
        let dated = ReportBuilder(source: "y.txt", year: 2022, agency: "乙").setting(["t2.penalty.decisions": "1"]).report
        let byYear = FieldSum(Self.penalty, over: [unknown, dated]).grouped(by: .year)
        #expect(byYear.map(\.name) == ["2022", "?"])
    }
}

/// Sums split by a level of the agencies' path.
@Suite struct FieldSumByLevelTests {
    static let reports = [
        ReportBuilder(source: "a.txt", agency: "杭州市拱墅区祥符街道办事处").setting(["t2.penalty.decisions": "886"]).report,
        ReportBuilder(source: "b.txt", agency: "杭州市余杭区百丈镇").report,
        ReportBuilder(source: "c.txt", agency: "新华区西高皇街道办事处").report,
        ReportBuilder(source: "d.txt", agency: "杭州市拱墅区统计局").setting(["t2.penalty.decisions": "3"]).report,
        ReportBuilder(source: "e.txt", agency: "杭州市统计局").setting(["t2.penalty.decisions": ""]).report,
        ReportBuilder(source: "f.txt", agency: "浙江省统计局").setting(["t2.penalty.decisions": "7"]).report,
    ]
    static let sum = FieldSum(FieldSumTests.penalty, over: reports)

    @Test func byCity() {
        let groups = Self.sum.grouped(by: .city)
        #expect(groups.map(\.name) == ["杭州市", "(no city)"])
        #expect(groups.map(\.total) == [DecimalNumber(889), DecimalNumber(7)])
        #expect(groups.map(\.reports) == [3, 2])
        #expect(groups.map(\.gaps) == [1, 0])
    }

    @Test func byDistrictInPathForm() {
        let groups = Self.sum.grouped(by: .district)
        #expect(groups.map(\.name) == ["杭州市 › 拱墅区", "杭州市 › 余杭区", "(city unknown) › 新华区", "(no district)"])
        #expect(groups.map(\.total) == [DecimalNumber(889), .zero, .zero, DecimalNumber(7)])
    }

    @Test func byTown() {
        #expect(Self.sum.grouped(by: .town).map(\.name) == ["杭州市 › 拱墅区 › 祥符街道", "杭州市 › 余杭区 › 百丈镇", "(city unknown) › 新华区 › 西高皇街道", "(no town)"])
    }

    /// Departments group by name across places; governments by their kind.
    @Test func byDepartment() {
        let groups = Self.sum.grouped(by: .department)
        #expect(groups.map(\.name) == ["街道办事处", "镇人民政府", "统计局"])
        #expect(groups.map(\.reports) == [2, 1, 2])
        #expect(groups.map(\.gaps) == [0, 0, 1])
        #expect(groups.map(\.total) == [DecimalNumber(886), .zero, DecimalNumber(10)])
    }

    @Test func byProvinceOnlyWhenPrinted() {
        let groups = Self.sum.grouped(by: .province)
        #expect(groups.map(\.name) == ["浙江省", "(no province)"])
        #expect(groups.map(\.total) == [DecimalNumber(7), DecimalNumber(889)])
    }

    @Test func dimensionsNameTheirLevel() {
        #expect(FieldSum.Dimension.district.level == .district)
        #expect(FieldSum.Dimension.year.level == nil)
        #expect(FieldSum.Dimension.agency.level == nil)
    }
}
