import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

@Suite struct SelectorTests {
    static let reports = [
        ReportBuilder(source: "Corpus/000_a3e6b2aa792495d8.txt", year: 2023, agency: "杭州市拱墅区祥符街道办事处").report,
        ReportBuilder(source: "Corpus/003_6c24181f357a8c1b.txt", year: 2023, agency: "杭州市拱墅区统计局").report,
        ReportBuilder(source: "Corpus/002_ad486925de3ac1aa.txt", year: 2023, agency: "新华区西高皇街道办事处").report,
        ReportBuilder(source: "Corpus/004_22ae0dcbb7cafc77.txt", year: 2020, agency: "拱墅区湖墅街道", table2: .v2019, table3: .v2019).report,
    ]

    static var corpus: Corpus {
        var corpus = Corpus()
        for report in reports { corpus.add(report) }
        return corpus
    }

    static func agencies(_ words: [String]) -> [String?] {
        corpus.select(Selector(words)).map(\.agency)
    }

    @Test func yearAndFragmentsInAnyOrder() {
        let forward = Selector(["2023", "拱墅区统计局"])
        let backward = Selector(["拱墅区统计局", "2023"])
        #expect(forward.years == [2023])
        #expect(forward.fragments == ["拱墅区统计局"])
        #expect(forward == backward)
        #expect(Self.agencies(["拱墅区统计局", "2023"]) == ["杭州市拱墅区统计局"])
    }

    @Test func fourDigitsOutsideTheYearsAreAFragment() {
        let selector = Selector(["0571", "12345", "2023"])
        #expect(selector.years == [2023])
        #expect(selector.fragments == ["0571", "12345"])
    }

    @Test func everyFragmentMustMatch() {
        #expect(Self.agencies(["拱墅"]) == ["杭州市拱墅区祥符街道办事处", "杭州市拱墅区统计局", "拱墅区湖墅街道"])
        #expect(Self.agencies(["拱墅", "街道"]) == ["杭州市拱墅区祥符街道办事处", "拱墅区湖墅街道"])
        #expect(Self.agencies(["拱墅", "2020"]) == ["拱墅区湖墅街道"])
        #expect(Self.agencies(["拱墅", "2021"]).isEmpty)
    }

    @Test func spacesInsideNamesAreIgnored() {
        #expect(Self.agencies(["西高皇", "街道"]) == ["新华区西高皇街道办事处"])
        #expect(Self.agencies(["西高皇 街道"]) == ["新华区西高皇街道办事处"])
        #expect(Self.agencies(["新华区 西高皇街道"]) == ["新华区西高皇街道办事处"])
    }

    @Test func fileNameFragments() {
        #expect(Self.agencies(["003_6c24"]) == ["杭州市拱墅区统计局"])
        // Only the file's own name counts, not the folder it was loaded from.
        #expect(Self.agencies(["Corpus"]).isEmpty)
    }

    @Test func emptySelectorSelectsEverything() {
        #expect(Selector([]) == .all)
        #expect(Selector(["", ""]).isEmpty)
        #expect(Self.corpus.select(.all).count == Self.reports.count)
    }

    @Test func description() {
        #expect(Selector(["统计局", "2023"]).description == "2023 统计局")
    }

    @Test func selectOneReturnsTheOnlyMatch() throws {
        let report = try Self.corpus.selectOne(Selector(["湖墅"]))
        #expect(report.source == "Corpus/004_22ae0dcbb7cafc77.txt")
    }

    @Test func selectOneListsTheCandidatesWhenAmbiguous() {
        let selector = Selector(["2023", "拱墅区"])
        #expect(throws: SelectionError.ambiguous(selector, candidates: [
            "2023 杭州市拱墅区祥符街道办事处  (Corpus/000_a3e6b2aa792495d8.txt)",
            "2023 杭州市拱墅区统计局  (Corpus/003_6c24181f357a8c1b.txt)",
        ])) {
            try Self.corpus.selectOne(selector)
        }
    }

    @Test func selectOneSaysWhenNothingMatches() {
        let selector = Selector(["2021", "统计局"])
        #expect(throws: SelectionError.noMatch(selector)) {
            try Self.corpus.selectOne(selector)
        }
        #expect(throws: SelectionError.noMatch(.all)) {
            try Corpus().selectOne(.all)
        }
    }

    @Test func reportsWithoutAnAgencyMatchByTheirSource() {
        var corpus = Corpus()
        corpus.add(Report(source: "reports/untitled_2023.txt"))
        #expect(corpus.select(Selector(["untitled"])).count == 1)
        // No year was read, so a year selects nothing.
        #expect(corpus.select(Selector(["2023"])).isEmpty)
    }
}
