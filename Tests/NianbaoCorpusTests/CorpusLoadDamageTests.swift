import Foundation
import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

/// Folders that fight back: symlink loops, unreadable files, files that vanish. Good files still load, each bad
/// one is named with its reason, and nothing already loaded is lost.
@Suite struct CorpusLoadDamageTests {
    typealias Folder = CorpusLoadTests.Folder

    /// Runs a load on another thread and fails (rather than hanging the suite) when it takes too long.
    static func loadBounded(_ corpus: inout Corpus, _ paths: [String], within seconds: Double = 20) -> Corpus.LoadSummary? {
        final class Box: @unchecked Sendable { var corpus: Corpus; var summary: Corpus.LoadSummary?; init(_ c: Corpus) { corpus = c } }
        let box = Box(corpus)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.summary = box.corpus.load(paths)
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else {
            Issue.record("loading \(paths) did not end within \(seconds) s")
            return nil
        }
        corpus = box.corpus
        return box.summary
    }

    @Test func symlinkLoopInAFolder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.copySeed(0, as: "a/000.txt")
        try folder.copySeed(1, as: "b/001.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("a/loop"), withDestinationPath: folder.url.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path("b/self"), withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.path("b/dangling.txt"), withDestinationPath: folder.path("nowhere.txt"))

        var corpus = Corpus()
        let summary = try #require(Self.loadBounded(&corpus, [folder.url.path]))
        let names = Set(corpus.reports.map { URL(fileURLWithPath: $0.source).lastPathComponent })
        #expect(names == ["000.txt", "001.txt"], "each real file once: \(corpus.reports.map(\.source))")
        #expect(summary.loaded == 2)
        #expect(summary.failures.map(\.path).allSatisfy { $0.hasSuffix("dangling.txt") }, "\(summary.failures)")
    }

    @Test func unreadableFileIsListedWithItsReason() throws {
        let folder = try Folder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.path("locked.txt"))
            folder.remove()
        }
        try folder.copySeed(0, as: "good.txt")
        try folder.copySeed(1, as: "locked.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.path("locked.txt"))

        var corpus = Corpus()
        let summary = try #require(Self.loadBounded(&corpus, [folder.url.path]))
        #expect(corpus.reports.contains { $0.source.hasSuffix("good.txt") })
        // Root reads anything, so the failure can only be seen as another user.
        guard getuid() != 0 else { return }
        #expect(summary.loaded == 1)
        let failure = try #require(summary.failures.first { $0.path.hasSuffix("locked.txt") })
        #expect(failure.description.contains("cannot read"), "\(failure)")
    }

    @Test func fileThatVanishesBeforeItIsRead() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.copySeed(0, as: "good.txt")
        try folder.copySeed(1, as: "gone.txt")
        var corpus = Corpus()
        // Listed, then removed before reading: the explicit path stands for a file that vanished after listing.
        let gone = folder.path("gone.txt")
        try FileManager.default.removeItem(atPath: gone)
        let summary = try #require(Self.loadBounded(&corpus, [folder.path("good.txt"), gone]))
        #expect(summary.loaded == 1)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.path == gone)
        #expect(corpus.reports.count == 1)

        // Many files vanishing while a folder load is under way: whatever is read is kept, the rest named.
        let busy = try Folder()
        defer { busy.remove() }
        for index in 0..<40 { try busy.copySeed(index % 5, as: "r\(index).txt") }
        let remover = Thread {
            for index in stride(from: 0, to: 40, by: 2) { try? FileManager.default.removeItem(atPath: busy.path("r\(index).txt")) }
        }
        remover.start()
        let racing = try #require(Self.loadBounded(&corpus, [busy.url.path]))
        #expect(racing.loaded + racing.failures.count >= 20, "every listed file is either loaded or named")
        #expect(corpus.reports.contains { $0.source == folder.path("good.txt") }, "the earlier load is kept")
        for failure in racing.failures { #expect(!failure.description.isEmpty) }
    }

    @Test func laterFailingLoadKeepsEarlierReports() throws {
        var corpus = Corpus()
        _ = try #require(Self.loadBounded(&corpus, [Repository.corpus.path]))
        let before = corpus.reports.map(\.source)
        #expect(before.count == 5)
        let summary = try #require(Self.loadBounded(&corpus, ["/nonexistent/nianbao/folder", "/nonexistent/file.txt"]))
        #expect(summary.loaded == 0)
        #expect(summary.failures.count == 2)
        #expect(corpus.reports.map(\.source) == before)
    }
}
