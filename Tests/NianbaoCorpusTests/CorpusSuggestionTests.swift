import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

/// What a selector that names no report is answered with.
@Suite struct CorpusSuggestionTests {
    static let corpus: Corpus = {
        var corpus = Corpus()
        for report in [
            ReportBuilder(source: "a.txt", year: 2023, agency: "杭州市拱墅区统计局").report,
            ReportBuilder(source: "b.txt", year: 2022, agency: "杭州市拱墅区统计局").report,
            ReportBuilder(source: "c.txt", year: 2023, agency: "杭州市余杭区百丈镇").report,
            ReportBuilder(source: "d.txt", year: 2020, agency: "拱墅区湖墅街道").report,
        ] { corpus.add(report) }
        return corpus
    }()

    static func suggestion(_ words: [String]) -> String? {
        corpus.suggestion(for: Selector(words))?.description
    }

    @Test func mistypedAgencyBecomesTheWholeName() {
        #expect(Self.suggestion(["2023", "拱墅区统计屋"]) == "2023 杭州市拱墅区统计局")
        #expect(Self.suggestion(["百丈真"]) == "杭州市余杭区百丈镇")
    }

    @Test func yearTheAgencyHasNoReportForBecomesTheNearest() {
        #expect(Self.suggestion(["2021", "拱墅区统计局"]) == "2022 拱墅区统计局")
        #expect(Self.suggestion(["2024", "拱墅区统计局"]) == "2023 拱墅区统计局")
        #expect(Self.suggestion(["2023", "湖墅街道"]) == "2020 湖墅街道")
    }

    @Test func nothingCloseIsNotGuessed() {
        #expect(Self.suggestion(["1999"]) == nil, "a year alone")
        #expect(Self.suggestion(["上海市"]) == nil)
        #expect(Self.suggestion(["x"]) == nil, "one character is a typo of anything")
        #expect(Self.suggestion(["2023", "拱墅区统计局"]) == nil, "it names a report already")
        #expect(Self.suggestion(["2023", "百丈镇", "统计局"]) == nil, "each fragment names a report, but not together")
    }
}
