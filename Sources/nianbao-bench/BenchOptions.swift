import Foundation
import NianbaoCorpusGenerator

/// The command line: `--reports N` (default 100000), `--html N` (default 2000), `--seed S` (default 1),
/// `--folder PATH`, `--encoding utf8|gb18030`, `--prompt-runs N` (default 7), `--nianbao PATH`, `--pandas-script PATH`, `--python PATH` (default python3).
struct BenchOptions {
    var reports = 100_000
    var htmlPages = 2000
    var seed: UInt64 = 1
    var folder = ".build/bench-corpus"
    var encoding = ReportEncoding.utf8
    var promptRuns = 7
    /// The release `nianbao` whose first prompt is timed: by default the one built beside this program.
    var nianbao = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("nianbao").path ?? ".build/release/nianbao"
    /// The script that reads the web pages with pandas, and the Python that runs it.
    var pandasScript = "Benchmarks/read_html.py"
    var python = "python3"

    /// The web pages go in a folder of their own, beside the text corpus.
    var htmlFolder: String { folder + "-html" }

    static let usage = """
        usage: nianbao-bench [--reports N] [--html N] [--seed S] [--folder PATH] [--encoding utf8|gb18030]
                             [--prompt-runs N] [--nianbao PATH] [--pandas-script PATH] [--python PATH]
        """

    init(_ arguments: [String]) {
        var words = arguments.makeIterator()
        while let word = words.next() {
            let value = words.next()
            switch word {
            case "--reports": reports = Self.parse(value, for: word, as: Int.init)
            case "--html": htmlPages = Self.parse(value, for: word, as: Int.init)
            case "--seed": seed = Self.parse(value, for: word, as: UInt64.init)
            case "--folder": folder = Self.parse(value, for: word) { $0 }
            case "--encoding": encoding = Self.parse(value, for: word, as: ReportEncoding.init(rawValue:))
            case "--prompt-runs": promptRuns = max(1, Self.parse(value, for: word, as: Int.init))
            case "--nianbao": nianbao = Self.parse(value, for: word) { $0 }
            case "--pandas-script": pandasScript = Self.parse(value, for: word) { $0 }
            case "--python": python = Self.parse(value, for: word) { $0 }
            default: Self.fail(word)
            }
        }
    }

    /// The option's value converted, or the usage and exit status 64 when it is missing or does not convert.
    private static func parse<Value>(_ value: String?, for word: String, as convert: (String) -> Value?) -> Value {
        guard let value, let converted = convert(value) else { fail(word) }
        return converted
    }

    private static func fail(_ word: String) -> Never {
        FileHandle.standardError.write(Data("nianbao-bench: bad or missing value for ‘\(word)’\n\(usage)\n".utf8))
        exit(64)
    }
}
