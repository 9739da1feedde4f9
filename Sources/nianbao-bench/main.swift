// nianbao-bench: generates a corpus once (.build/bench-corpus/), then measures parsing, loading, memory and
// shell latency on it and prints each figure with what it means. `make bench`, or
// `swift run -c release nianbao-bench --reports N --seed S`.
import Foundation
import NianbaoCorpus
import NianbaoCorpusGenerator
import NianbaoParser
import NianbaoShell

/// The command line: `--reports N` (default 100000), `--seed S` (default 1), `--folder PATH`.
struct BenchOptions {
    var reports = 100_000
    var seed: UInt64 = 1
    var folder = ".build/bench-corpus"

    init(_ arguments: [String]) {
        var words = arguments.makeIterator()
        while let word = words.next() {
            switch word {
            case "--reports": reports = words.next().flatMap(Int.init) ?? reports
            case "--seed": seed = words.next().flatMap(UInt64.init) ?? seed
            case "--folder": folder = words.next() ?? folder
            default:
                FileHandle.standardError.write(Data("usage: nianbao-bench [--reports N] [--seed S] [--folder PATH]\n".utf8))
                exit(64)
            }
        }
    }
}

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// This process's resident memory in bytes (VmRSS in /proc/self/status), or nil where there is none.
func residentBytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
    return kilobytes * 1024
}

func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
let folder = options.folder
let manifestPath = folder + "/" + CorpusManifest.fileName

// 1. The corpus: reused when its manifest says it was made from the same count and seed.
var manifest: CorpusManifest
if let text = try? String(contentsOfFile: manifestPath, encoding: .utf8), let existing = CorpusManifest(text: text),
   existing.count == options.reports, existing.seed == options.seed {
    manifest = existing
    print("corpus      \(folder): \(existing.count) reports, seed \(existing.seed), reused")
} else {
    try? FileManager.default.removeItem(atPath: folder)
    var written = CorpusManifest(seed: options.seed, count: 0)
    let time = try seconds { written = try CorpusGenerator(seed: options.seed).write(count: options.reports, to: folder) }
    manifest = written
    print("corpus      \(folder): \(written.count) reports, seed \(written.seed), generated in \(format(time)) s")
}
let files = manifest.entries.map { folder + "/" + $0.file }
let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
let totalBytes = sizes.reduce(0, +)
let broken = manifest.entries.filter { $0.error != nil }.count
print("            \(format(Double(totalBytes) / 1e6, 1)) MB of text, \(broken) reports with a deliberate error, \(ProcessInfo.processInfo.activeProcessorCount) cores")
print()

// 2. Loading the whole corpus with all cores, and the memory it holds.
var corpus = Corpus()
let rssBefore = residentBytes()
var loaded: Corpus.LoadSummary?
let loadTime = seconds { loaded = corpus.load([folder]) }
let summary = loaded!
let rssAfter = residentBytes()
print("load        \(format(loadTime)) s, \(format(Double(summary.loaded) / loadTime, 0)) reports/s, \(format(Double(totalBytes) / 1e6 / loadTime, 1)) MB/s")
print("            Corpus.load on the folder, all cores: list, read, decode, parse and keep \(summary.loaded) reports (\(summary.failures.count) failed)")

// 3. The same bytes read by cat.
let catTime = seconds {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "find \"$0\" -name '*.txt' -print0 | xargs -0 cat > /dev/null", folder]
    try? process.run()
    process.waitUntilExit()
}
print("cat         \(format(catTime)) s, \(format(Double(totalBytes) / 1e6 / catTime, 1)) MB/s; load takes \(format(loadTime / catTime, 1))× as long")
print("            `find | xargs cat > /dev/null` spawned over the same files (page cache warm): the floor for reading them")

if let before = rssBefore, let after = rssAfter, summary.loaded > 0 {
    print("memory      \(format(Double(after - before) / Double(summary.loaded) / 1024, 1)) KB per report (\(format(Double(after - before) / 1e6, 0)) MB resident for \(summary.loaded) reports)")
    print("            VmRSS after the load less VmRSS before, divided by the reports loaded (the allocator may keep freed memory)")
}
print()

// 4. Parse throughput per layout, one core, from bytes already in memory.
print("parse, one core, bytes already in memory (ReportParser.parse(bytes:source:)):")
for layout in TextLayout.allCases {
    let chosen = manifest.entries.enumerated().filter { $0.element.layout == layout.rawValue }.prefix(3000).map { files[$0.offset] }
    let contents = chosen.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
    let bytes = contents.reduce(0) { $0 + $1.count }
    guard bytes > 0 else { continue }
    var numbers = 0
    let time = seconds {
        for (index, data) in contents.enumerated() {
            if let report = try? ReportParser.parse(bytes: data, source: chosen[index]) { numbers += report.tables.count }
        }
    }
    let padded = layout.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
    print("  \(padded)\(format(Double(bytes) / 1e6 / time, 1)) MB/s, \(format(Double(contents.count) / time, 0)) reports/s (\(contents.count) reports, \(format(Double(bytes) / 1e6, 1)) MB)")
}
print()

// 5. Shell latency over the loaded corpus: the median of a few runs of each command.
var session = Session(settings: Settings(format: .table, colour: false))
session.corpus = corpus
var shell = Shell(session: session)
let sample = manifest.entries.filter { $0.year == 2023 }
let first = sample.first.map { "2023 \($0.agency)" } ?? "2023"
let second = sample.dropFirst().first.map { "2023 \($0.agency)" } ?? first
let commands = ["sum 行政处罚", "check", "diff \(first) vs \(second)", "show \(first)", "list where 行政处罚 > 100"]
print("shell latency, Shell.execute over \(corpus.reports.count) reports, median of runs (output rendered to a string, not printed):")
for command in commands {
    let runs = command == "check" ? 3 : 5
    var times: [Double] = []
    var last: Shell.Execution?
    for _ in 0..<runs { times.append(seconds { last = shell.execute(command) }) }
    let execution = last!
    let median = times.sorted()[runs / 2]
    let lines = execution.output.split(separator: "\n").count
    let shown = command.count > 40 ? String(command.prefix(40)) + "…" : command
    print("  \(shown.padding(toLength: 44, withPad: " ", startingAt: 0))\(format(median * 1000, 1)) ms  (\(runs) runs, \(lines) lines\(execution.failed ? ", failed" : ""))")
}
