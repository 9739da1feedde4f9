import NianbaoModel

/// The record of a generated corpus, written beside it as `manifest.tsv`: the seed, count and encoding it was
/// made from, and one line per report (file, agency, year, template, layout, and the deliberate error if any).
public struct CorpusManifest: Sendable, Equatable {
    /// One report's line.
    public struct Entry: Sendable, Equatable {
        public var file: String
        public var agency: String
        public var year: Int
        public var version: String
        public var layout: String
        /// The changed cell, the value the arithmetic asks for, the value printed, the rules that must fail.
        public var error: DeliberateError?
    }

    /// The file name beside the reports.
    public static let fileName = "manifest.tsv"

    public var seed: UInt64
    public var count: Int
    public var encoding: ReportEncoding
    public var entries: [Entry]

    public init(seed: UInt64, count: Int, encoding: ReportEncoding = .utf8, entries: [Entry] = []) {
        self.seed = seed
        self.count = count
        self.encoding = encoding
        self.entries = entries
    }

    /// The entry for one generated report.
    public static func entry(_ report: GeneratedReport) -> Entry {
        Entry(file: report.fileName, agency: report.agency, year: report.year, version: report.version.rawValue,
              layout: report.layout.rawValue, error: report.error)
    }

    /// The manifest as TSV, its first line `# seed=S count=N encoding=E`.
    public var text: String {
        var lines = ["# seed=\(seed) count=\(count) encoding=\(encoding.rawValue)", "file\tagency\tyear\tversion\tlayout\terror_key\texpected\tprinted\trules"]
        for entry in entries {
            let error = entry.error.map { [$0.key, $0.expected, $0.printed, $0.rules.joined(separator: ",")] } ?? ["", "", "", ""]
            lines.append(([entry.file, entry.agency, "\(entry.year)", entry.version, entry.layout] + error).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a manifest's text back; nil when it is not one.
    public init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first.hasPrefix("# seed=") else { return nil }
        let words = first.dropFirst(2).split(separator: " ")
        guard words.count == 2 || words.count == 3, let seed = UInt64(words[0].dropFirst(5)), let count = Int(words[1].dropFirst(6)) else { return nil }
        // Manifests written before the encoding was recorded are UTF-8.
        let encoding = words.count == 3 ? ReportEncoding(rawValue: String(words[2].dropFirst(9))) : .utf8
        guard let encoding else { return nil }
        self.init(seed: seed, count: count, encoding: encoding)
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 9, let year = Int(fields[2]) else { return nil }
            let error = fields[5].isEmpty ? nil
                : DeliberateError(key: fields[5], expected: fields[6], printed: fields[7], rules: fields[8].split(separator: ",").map(String.init))
            entries.append(Entry(file: fields[0], agency: fields[1], year: year, version: fields[3], layout: fields[4], error: error))
        }
    }
}
