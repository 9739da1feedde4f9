import Foundation
import NianbaoCorpus
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// A loaded report keeps only the narrative lines its checks read; the whole text comes back from the file.
@Suite struct WholeNarrativeTests {
    @Test(arguments: Repository.seedReports.indices)
    func loadedSeedReadsItsWholeTextBack(_ index: Int) throws {
        let path = Repository.seedReports[index].path
        var corpus = Corpus()
        _ = corpus.load([path])
        let loaded = try #require(corpus.reports.first)
        let parsed = try ReportParser.parse(fileAt: path)

        #expect(loaded.narrativeIsAbridged)
        #expect(loaded.narrative == parsed.narrative.map { $0.keepingLines(with: Validator.narrativeWords) })
        #expect(try loaded.wholeNarrative() == parsed.narrative)
        #expect(try parsed.wholeNarrative() == parsed.narrative, "a report not abridged is its own text")
    }

    @Test func changedFileIsNotReadAsTheReport() throws {
        let folder = try CorpusLoadTests.Folder()
        defer { folder.remove() }
        try folder.copySeed(3, as: "a.txt")
        var corpus = Corpus()
        _ = corpus.load([folder.path("a.txt")])
        let report = try #require(corpus.reports.first)
        try Data("杭州市某局2023年度政府信息公开工作年度报告\n一、总体情况\n另一份报告。\n".utf8).write(to: folder.url.appendingPathComponent("a.txt"))
        #expect {
            try report.wholeNarrative()
        } throws: { error in
            "\(error)" == "\(folder.path("a.txt")): it has changed since it was loaded; load it again to read its text"
        }
        try FileManager.default.removeItem(atPath: folder.path("a.txt"))
        #expect(throws: ReportFileError.self) { try report.wholeNarrative() }
    }
}
