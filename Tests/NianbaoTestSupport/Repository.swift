import Foundation

/// Paths inside the repository, for tests that read the bundled corpus or run the built binary.
public enum Repository {
    /// The repository's root folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled corpus.
    public static let corpus = root.appendingPathComponent("Corpus")

    /// The seed reports of the bundled corpus, sorted by name.
    public static var seedReports: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { corpus.appendingPathComponent($0) }
    }
}
