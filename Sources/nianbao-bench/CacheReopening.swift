import Foundation
import NianbaoCorpus

/// Loading a folder twice with a cache of parsed reports in a fresh temporary folder: the first load parses
/// every file and writes the cache, the second reads the reports back from it.
struct CacheReopening {
    let writeSeconds: Double
    let cacheBytes: Int
    let reopenSeconds: Double
    let reopened: Corpus.LoadSummary

    static func measure(_ folder: String) -> CacheReopening {
        let cacheFolder = NSTemporaryDirectory() + "nianbao-bench-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cacheFolder) }
        let cache = ReportCache(folder: cacheFolder)
        // Each load gets its own corpus, released before the next (outside the timing), so that only one is held.
        var writing = Corpus()
        let writeSeconds = Timing.seconds { _ = writing.load([folder], cache: cache) }
        writing = Corpus()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []
        let cacheBytes = names.reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: cacheFolder + "/" + name)[.size] as? Int) ?? 0)
        }
        var reading = Corpus()
        let (reopened, reopenSeconds) = Timing.measure { reading.load([folder], cache: cache) }
        reading = Corpus()
        return CacheReopening(writeSeconds: writeSeconds, cacheBytes: cacheBytes, reopenSeconds: reopenSeconds, reopened: reopened)
    }
}
