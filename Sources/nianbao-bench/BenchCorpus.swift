import Foundation
import NianbaoCorpusGenerator

/// A generated corpus on disk for the benchmark: made once, then reused while it is what the generator would
/// make now from the same seed, count, layouts and encoding.
struct BenchCorpus {
    let folder: String
    let manifest: CorpusManifest
    /// Each report's path, in manifest order.
    let files: [String]
    /// Each report's size in bytes, in manifest order.
    let sizes: [Int]
    /// How it came to be there: `reused`, or `generated in 1.23 s`.
    let origin: String

    var totalBytes: Int { sizes.reduce(0, +) }

    /// The corpus in `folder`, written afresh unless the one there matches `generator`.
    static func prepare(_ generator: CorpusGenerator, count: Int, in folder: String) throws -> BenchCorpus {
        let manifestPath = folder + "/" + CorpusManifest.fileName
        var manifest: CorpusManifest
        var origin = "reused"
        if let text = try? String(contentsOfFile: manifestPath, encoding: .utf8), let existing = CorpusManifest(text: text),
           matches(existing, generator, count: count),
           FileManager.default.fileExists(atPath: folder + "/" + (existing.entries.last?.file ?? "")) {
            manifest = existing
        } else {
            try? FileManager.default.removeItem(atPath: folder)
            var written = CorpusManifest(seed: generator.seed, count: 0)
            let time = try Timing.seconds { written = try generator.write(count: count, to: folder) }
            manifest = written
            origin = "generated in \(format(time)) s"
        }
        let files = manifest.entries.map { folder + "/" + $0.file }
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        return BenchCorpus(folder: folder, manifest: manifest, files: files, sizes: sizes, origin: origin)
    }

    /// True when a manifest on disk records what the generator makes now: same seed, count and encoding, and
    /// the same first reports (a changed generator changes them, and its old corpus must not be measured).
    private static func matches(_ manifest: CorpusManifest, _ generator: CorpusGenerator, count: Int) -> Bool {
        guard manifest.count == count, manifest.seed == generator.seed, manifest.encoding == generator.encoding,
              manifest.entries.count == count else { return false }
        let sample = generator.reports(count: min(count, 50)).map(CorpusManifest.entry)
        return Array(manifest.entries.prefix(sample.count)) == sample
    }
}
