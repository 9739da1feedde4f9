import Foundation
import NianbaoCorpus
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// The cache of parsed reports: what it gives back is what parsing gives, and a changed file is parsed again.
@Suite struct ReportCacheTests {
    /// A corpus folder and a cache folder, both fresh.
    struct Setup {
        let corpus: CorpusLoadTests.Folder
        let cache: ReportCache

        init() throws {
            corpus = try CorpusLoadTests.Folder()
            cache = ReportCache(folder: corpus.path(".cache"))
            for (index, seed) in Repository.seedReports.enumerated() {
                try corpus.copySeed(index, as: seed.lastPathComponent)
            }
        }

        func load() -> (Corpus, Corpus.LoadSummary) {
            var corpus = Corpus()
            let summary = corpus.load([self.corpus.url.path], cache: cache)
            return (corpus, summary)
        }

        func remove() { corpus.remove() }
    }

    @Test func reopenedReportsAreTheParsedOnes() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let (parsed, first) = setup.load()
        #expect(first.fromCache == 0)
        let (reopened, second) = setup.load()
        #expect(second.loaded == 5)
        #expect(second.fromCache == 5)
        #expect(parsed.reports.count == reopened.reports.count)
        for (original, readBack) in zip(parsed.reports, reopened.reports) {
            #expect(Self.differences(original, readBack) == [], "\(original.source)")
        }
    }

    @Test func changedFileIsParsedAgain() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let changed = Repository.seedReports[3].lastPathComponent
        let agency = try #require(setup.load().0.reports.first { $0.source.hasSuffix(changed) }?.agency)
        let text = try String(contentsOfFile: setup.corpus.path(changed), encoding: .utf8)
        try Data(text.replacingOccurrences(of: agency, with: "杭州市测试局").utf8).write(to: setup.corpus.url.appendingPathComponent(changed))

        let (corpus, summary) = setup.load()
        #expect(summary.fromCache == 4)
        #expect(corpus.reports.first { $0.source.hasSuffix(changed) }?.agency == "杭州市测试局")
        #expect(setup.load().1.fromCache == 5, "the cache now holds the new reading")
    }

    @Test func removedAndAddedFilesAreNoticed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = setup.load()
        try FileManager.default.removeItem(atPath: setup.corpus.path(Repository.seedReports[1].lastPathComponent))
        try setup.corpus.copySeed(1, as: "copy/again.txt")

        let (corpus, summary) = setup.load()
        #expect(summary.loaded == 5)
        #expect(summary.fromCache == 4)
        #expect(corpus.reports.contains { $0.source.hasSuffix("copy/again.txt") })
    }

    @Test func damagedCacheIsIgnoredAndReplaced() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = setup.load()
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: setup.cache.folder)
        #expect(cacheFiles.count == 1)
        let cacheFile = setup.cache.folder + "/" + cacheFiles[0]
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cacheFile)))
        for damaged in [Array(bytes.prefix(bytes.count / 2)), bytes.map { $0 ^ 0x5A }, []] {
            try Data(damaged).write(to: URL(fileURLWithPath: cacheFile))
            let (corpus, summary) = setup.load()
            #expect(summary.loaded == 5)
            #expect(summary.failures.isEmpty)
            #expect(corpus.reports.allSatisfy { $0.agency != nil })
        }
        #expect(setup.load().1.fromCache == 5)
    }

    /// Every prefix and a flipped byte at every position of an archived report either reads back or throws.
    @Test func damagedArchiveThrowsAndNeverCrashes() throws {
        let report = try ReportParser.parse(fileAt: Repository.seedReports[0].path)
        var writer = ArchiveWriter()
        report.archive(into: &writer)
        let bytes = writer.bytes
        for length in 0..<bytes.count {
            #expect(throws: ArchiveReader.Damaged.self) { try Self.unarchive(Array(bytes.prefix(length))) }
        }
        for position in bytes.indices {
            var flipped = bytes
            flipped[position] ^= 0xFF
            _ = try? Self.unarchive(flipped)
        }
        #expect(try Self.differences(report, Self.unarchive(bytes)) == [])
    }

    private static func unarchive(_ bytes: [UInt8]) throws -> Report {
        try bytes.withUnsafeBytes { buffer in
            var reader = ArchiveReader(buffer)
            return try Report(unarchiving: &reader, source: "a.txt")
        }
    }

    /// Each part of the report that differs, named.
    static func differences(_ left: Report, _ right: Report) -> [String] {
        var found: [String] = []
        if left.title != right.title { found.append("title") }
        if left.year != right.year { found.append("year") }
        if left.agency != right.agency { found.append("agency") }
        if left.sourceFingerprint != right.sourceFingerprint { found.append("fingerprint") }
        for (a, b) in zip(left.tables, right.tables) {
            if a.template !== b.template { found.append("\(a.template.table) template") }
            if a.line != b.line { found.append("\(a.template.table) line") }
            for (key, (x, y)) in zip(a.template.keys, zip(a.cells, b.cells)) where x != y { found.append("\(key)") }
        }
        if left.narrative != right.narrative || left.narrativeIsAbridged != right.narrativeIsAbridged { found.append("narrative") }
        if left.unknownRows != right.unknownRows { found.append("unknown rows") }
        if left.diagnostics != right.diagnostics { found.append("diagnostics") }
        return found
    }
}
