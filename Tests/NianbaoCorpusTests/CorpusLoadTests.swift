import Foundation
import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

/// Loading files and folders: bad files are named with their reason and never stop the good ones.
@Suite struct CorpusLoadTests {
    /// A fresh folder under the temporary directory, removed by `remove()`.
    struct Folder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-corpus-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        /// Copies a seed report in under a name.
        func copySeed(_ index: Int, as name: String) throws {
            try FileManager.default.createDirectory(atPath: (path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repository.seedReports[index].path, toPath: path(name))
        }

        func write(_ bytes: [UInt8], as name: String) throws {
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    @Test func seedsLoad() {
        var corpus = Corpus()
        let summary = corpus.load([Repository.corpus.path])
        #expect(summary.loaded == 5)
        #expect(summary.replaced == 0)
        #expect(summary.failures.isEmpty)
        #expect(corpus.reports.map { URL(fileURLWithPath: $0.source).lastPathComponent } == Repository.seedReports.map(\.lastPathComponent),
                "in file name order")
    }

    @Test func folderWithABadFileKeepsTheGoodOnes() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.copySeed(3, as: "a_good.txt")
        try folder.copySeed(4, as: "nested/deeper/c_good.txt")
        try folder.write(Array("杭州市某局2023年度".utf8) + [0, 1, 2, 0xFF, 0] + Array(repeating: 0x41, count: 100), as: "b_binary.txt")
        try folder.write(Array("not a report".utf8), as: "ignored.pdf")
        try folder.copySeed(0, as: ".hidden.txt")

        var corpus = Corpus()
        let missing = folder.path("missing.txt")
        let summary = corpus.load([folder.url.path, missing])

        #expect(summary.loaded == 2)
        #expect(corpus.reports.map(\.agency) == ["杭州市拱墅区统计局", "拱墅区湖墅街道"])
        #expect(corpus.reports.map(\.source) == [folder.path("a_good.txt"), folder.path("nested/deeper/c_good.txt")])
        let failures = summary.failures.map { "\($0.path): \($0.reason)" }.sorted()
        #expect(failures == [
            "\(folder.path("b_binary.txt")): it is a binary file, not a report",
            "\(missing): no such file or folder",
        ])
    }

    @Test func loadingTheSameFileTwiceReplacesIt() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.copySeed(3, as: "report.txt")

        var corpus = Corpus()
        let first = corpus.load([folder.path("report.txt")])
        #expect(first.loaded == 1 && first.replaced == 0)
        let again = corpus.load([folder.path("report.txt")])
        #expect(again.loaded == 1)
        #expect(again.replaced == 1)
        #expect(corpus.reports.count == 1)

        // The file changed on disk: the new reading replaces the old, in the same place.
        try folder.copySeed(1, as: "other.txt")
        _ = corpus.load([folder.path("other.txt")])
        try FileManager.default.removeItem(atPath: folder.path("report.txt"))
        try folder.copySeed(0, as: "report.txt")
        let reread = corpus.load([folder.url.path])
        #expect(reread.replaced == 2)
        #expect(corpus.reports.map(\.agency) == ["杭州市拱墅区祥符街道办事处", "杭州市余杭区百丈镇"])
    }

    @Test func theSameFileSpelledAnotherWayIsStillTheSameFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.copySeed(3, as: "sub/report.txt")

        var corpus = Corpus()
        _ = corpus.load([folder.path("sub/report.txt")])
        for spelling in [folder.path("sub/./report.txt"), folder.path("sub/../sub/report.txt"), folder.path("sub") + "/", folder.url.path] {
            let summary = corpus.load([spelling])
            #expect(summary.replaced == 1, "\(spelling)")
        }
        #expect(corpus.reports.count == 1)
        #expect(FieldSum(FieldResolver.resolve("行政处罚")!, over: corpus.reports).total == DecimalNumber(3), "counted once")
    }

    @Test func addReplacesBySource() {
        var corpus = Corpus()
        let first = corpus.add(ReportBuilder(source: "x.txt", agency: "甲").report)
        let second = corpus.add(ReportBuilder(source: "y.txt", agency: "乙").report)
        let again = corpus.add(ReportBuilder(source: "x.txt", agency: "丙").report)
        #expect(!first && !second && again)
        #expect(corpus.reports.map(\.agency) == ["丙", "乙"])
    }

    @Test func anEmptyFolderLoadsNothingAndFailsNothing() throws {
        let folder = try Folder()
        defer { folder.remove() }
        var corpus = Corpus()
        let summary = corpus.load([folder.url.path])
        #expect(summary.loaded == 0)
        #expect(summary.failures.isEmpty)
    }
}
