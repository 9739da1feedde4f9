// nianbao-bench: generates a corpus of text reports and a folder of web pages once (under .build/), then
// measures loading, the cache of parsed reports, memory, parsing per layout, web pages against pandas, shell
// latency and the interactive program's first prompt, and prints each figure with its target.
// `make bench`, or `swift run -c release nianbao-bench --reports N --html N` after
// `swift build -c release --product nianbao`.
import Foundation
import NianbaoCorpus
import NianbaoCorpusGenerator
import NianbaoShell

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
var report = BenchReport()
let perTarget = Double(BenchReport.targetReports)

/// "(12.3 s per 100,000 at this rate)" for a figure measured on fewer or more reports than the targets speak of.
func scaledNote(_ scaled: Double, count: Int, unit: String = "s") -> String {
    count == BenchReport.targetReports ? "" : " (\(format(scaled, unit == "ms" ? 1 : 2)) \(unit) per 100,000 at this rate)"
}

// 1. The corpora: text reports in a mix of layouts, and web pages in a folder of their own.
let corpus = try BenchCorpus.prepare(CorpusGenerator(seed: options.seed, encoding: options.encoding), count: options.reports, in: options.folder)
let pages = try BenchCorpus.prepare(CorpusGenerator(seed: options.seed, layouts: [.html], encoding: options.encoding),
                                    count: options.htmlPages, in: options.htmlFolder)
let layoutsUsed = Set(corpus.manifest.entries.map(\.layout)).sorted().joined(separator: ", ")
report.figure("corpus", "\(corpus.folder): \(corpus.manifest.count) reports, seed \(corpus.manifest.seed), \(corpus.manifest.encoding.rawValue), \(corpus.origin)")
report.note("\(format(Double(corpus.totalBytes) / 1e6, 1)) MB of text in \(layoutsUsed); \(corpus.manifest.entries.filter { $0.error != nil }.count) reports with a deliberate error; \(ProcessInfo.processInfo.activeProcessorCount) cores")
report.figure("web pages", "\(pages.folder): \(pages.manifest.count) pages, \(format(Double(pages.totalBytes) / 1e6, 1)) MB, \(pages.origin)")

// 2. Loading the whole corpus with all cores, the same bytes read by cat, and the memory the reports hold.
report.section("loading (all cores)")
var loadedCorpus = Corpus()
let rssBefore = ResidentMemory.bytes
let (summary, loadTime) = Timing.measure { loadedCorpus.load([corpus.folder]) }
let rssAfter = ResidentMemory.bytes
let loadScaled = loadTime * perTarget / Double(max(summary.loaded, 1))
report.figure("load", "\(format(loadTime)) s for \(summary.loaded) reports, \(format(Double(summary.loaded) / loadTime, 0)) reports/s, \(format(Double(corpus.totalBytes) / 1e6 / loadTime, 1)) MB/s"
              + scaledNote(loadScaled, count: summary.loaded),
              target: "100,000 in ≤10 s", met: loadScaled <= 10 && summary.failures.isEmpty)
report.note("Corpus.load on the folder, no cache: list, read, decode, parse and keep (\(summary.failures.count) failed)")

let catTime = Timing.seconds {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "find \"$0\" -name '*.txt' -print0 | xargs -0 cat > /dev/null", corpus.folder]
    try? process.run()
    process.waitUntilExit()
}
report.figure("cat", "\(format(catTime)) s, \(format(Double(corpus.totalBytes) / 1e6 / catTime, 1)) MB/s; load takes \(format(loadTime / catTime, 1))× as long",
              target: "load ≤5× cat", met: loadTime / catTime <= 5)
report.note("`find | xargs cat > /dev/null` spawned over the same files (page cache warm): the floor for reading them")

if let before = rssBefore, let after = rssAfter, summary.loaded > 0 {
    let perReport = Double(after - before) / Double(summary.loaded) / 1024
    report.figure("memory", "\(format(perReport, 1)) KB per report (\(format(Double(after - before) / 1e6, 0)) MB resident for \(summary.loaded) reports)",
                  target: "≤4 KB per report", met: perReport <= 4)
    report.note("VmRSS after the load less VmRSS before, divided by the reports loaded (the allocator may keep freed memory)")
} else {
    report.skipped("memory", "no /proc/self/status VmRSS", target: "≤4 KB per report")
}

// 3. The same folder loaded twice with a cache of parsed reports: once writing it, once reading it back.
report.section("reopening from the cache of parsed reports (all cores)")
let reopening = CacheReopening.measure(corpus.folder)
report.figure("cache write", "\(format(reopening.writeSeconds)) s to load and write it; \(format(Double(reopening.cacheBytes) / 1e6, 1)) MB, \(format(Double(reopening.cacheBytes) / Double(max(summary.loaded, 1)), 0)) bytes per report")
let reopened = reopening.reopened
let reopenScaled = reopening.reopenSeconds * perTarget / Double(max(reopened.loaded, 1))
report.figure("reopen", "\(format(reopening.reopenSeconds, 3)) s, \(format(Double(reopened.loaded) / reopening.reopenSeconds, 0)) reports/s, \(reopened.fromCache) of \(reopened.loaded) from the cache"
              + scaledNote(reopenScaled, count: reopened.loaded),
              target: "100,000 in ≤1 s", met: reopenScaled <= 1 && reopened.fromCache == reopened.loaded && reopened.loaded == summary.loaded)
report.note("Corpus.load(_:cache:) with ReportCache in a fresh temporary folder: each file stamped, its report decoded from the cache")

// 4. Parse throughput per layout and encoding, one core, from bytes already in memory.
report.section("parse, one core, \(corpus.manifest.encoding.rawValue) bytes already in memory (ReportParser.parse(bytes:source:), up to 3000 reports each)")
for layout in TextLayout.plainText {
    let chosen = corpus.manifest.entries.indices.filter { corpus.manifest.entries[$0].layout == layout.rawValue }.prefix(3000).map { corpus.files[$0] }
    let contents = chosen.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
    if let throughput = ParseThroughput.measure(contents, sources: chosen) { report.figure("  " + layout.rawValue, throughput.description) }
}
if corpus.manifest.encoding == .utf8 {
    // The same reports again in GB18030, the encoding of many older files: decoding is part of parsing.
    let chosen = Array(corpus.files.prefix(3000))
    let contents = chosen.compactMap { FileManager.default.contents(atPath: $0).map { ReportEncoding.gb18030.bytes(String(decoding: $0, as: UTF8.self)) } }
    if let throughput = ParseThroughput.measure(contents, sources: chosen) { report.figure("  gb18030", throughput.description + ", every layout") }
}
let pageSample = Array(pages.files.prefix(3000))
if let throughput = ParseThroughput.measure(pageSample.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }, sources: pageSample) {
    report.figure("  html", throughput.description)
}

// 5. The web pages read by nianbao and by pandas.read_html (lxml).
report.section("web pages: nianbao against pandas.read_html (flavor lxml), \(pages.manifest.count) pages in \(pages.folder)")
let comparison = HTMLComparison.measure(pages, pandas: PandasReader(script: options.pandasScript, python: options.python))
report.figure("nianbao", "\(format(comparison.oneCoreSeconds)) s on one core, \(format(Double(pages.files.count) / comparison.oneCoreSeconds, 0)) pages/s, \(comparison.tablesFound) tables read (ReportParser.parse(fileAt:) page after page)")
report.figure("nianbao load", "\(format(comparison.allCoresSeconds)) s with all cores, \(comparison.loaded) reports (Corpus.load on the folder)")
switch comparison.pandas {
case .success(let pandas):
    let ratio = pandas.seconds / comparison.oneCoreSeconds
    report.figure("pandas", "\(format(pandas.seconds)) s on one core, \(format(Double(pandas.files) / pandas.seconds, 0)) pages/s, \(pandas.tables) tables (pandas \(pandas.version), \(pandas.failed) pages without a table)")
    report.figure("html ratio", "nianbao is \(format(ratio, 1))× as fast as pandas on one core (\(format(pandas.seconds / comparison.allCoresSeconds, 1))× with all cores)",
                  target: "≥10× pandas", met: ratio >= 10)
    report.note("pandas only finds the tables' cells; nianbao also matches every label to the template and reads the narrative")
case .failure(let reason):
    report.skipped("pandas", reason.text, target: "≥10× pandas")
}

// 6. Shell latency over the loaded corpus: the median of a few runs of each command.
report.section("shell latency, Shell.execute over \(loadedCorpus.reports.count) reports, median of runs (output rendered to a string, not printed)")
var session = Session(settings: Settings(format: .table, colour: false))
session.corpus = loadedCorpus
var shell = Shell(session: session)
let sample = corpus.manifest.entries.filter { $0.year == 2023 }
let first = sample.first.map { "2023 \($0.agency)" } ?? "2023"
let second = sample.dropFirst().first.map { "2023 \($0.agency)" } ?? first
// Targets in seconds at 100,000 reports, shown in the unit they are stated in.
let targets: [String: (limit: Double, text: String, unit: String)] = [
    "sum 行政处罚": (0.020, "≤20 ms at 100,000 reports", "ms"),
    "check": (2, "whole corpus ≤2 s at 100,000 reports", "s"),
]
for command in ["sum 行政处罚", "check", "diff \(first) vs \(second)", "show \(first)", "list where 行政处罚 > 100"] {
    let runs = command == "check" ? 3 : 5
    var times: [Double] = []
    var last: Shell.Execution?
    for _ in 0..<runs { times.append(Timing.seconds { last = shell.execute(command) }) }
    let median = Timing.median(times)
    let lines = last!.output.split(separator: "\n").count
    let shown = command.count > 40 ? String(command.prefix(40)) + "…" : command
    // check "fails" by finding the errors put in on purpose; any other command failing is worth a look.
    let outcome = last!.failed ? (command == "check" ? ", errors found" : ", failed") : ""
    let text = "\(format(median * 1000, 1)) ms  (\(runs) runs, \(lines) lines\(outcome))"
    if let target = targets[command] {
        let scaled = median * perTarget / Double(max(loadedCorpus.reports.count, 1))
        let note = scaledNote(target.unit == "ms" ? scaled * 1000 : scaled, count: loadedCorpus.reports.count, unit: target.unit)
        report.figure("  " + shown, text + note, target: target.text, met: scaled <= target.limit)
    } else {
        report.figure("  " + shown, text)
    }
}
loadedCorpus = Corpus()
shell = Shell(session: Session(settings: Settings(format: .table, colour: false)))

// 7. The interactive program's first prompt on the bundled corpus, in a pseudo-terminal.
report.section("first prompt: release nianbao on ./Corpus in a pseudo-terminal (libedit), spawn to ‘nianbao> ’, median of \(options.promptRuns) runs")
let bundled = (try? FileManager.default.contentsOfDirectory(atPath: "Corpus"))?.filter { !$0.hasPrefix(".") }.count ?? 0
var nianbaoIsFolder: ObjCBool = false
if !FileManager.default.fileExists(atPath: options.nianbao, isDirectory: &nianbaoIsFolder) || nianbaoIsFolder.boolValue
    || !FileManager.default.isExecutableFile(atPath: options.nianbao) {
    report.skipped("first prompt", "no program at \(options.nianbao) (make bench builds it: swift build -c release --product nianbao)", target: "≤150 ms")
} else if bundled == 0 {
    report.skipped("first prompt", "no ./Corpus here (run from the package's folder)", target: "≤150 ms")
} else {
    let home = NSTemporaryDirectory() + "nianbao-bench-home-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    // A home of its own keeps the runs out of the user's history file.
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home
    environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
    environment["NIANBAO_CACHE"] = home + "/cache"
    let modes: [(name: String, arguments: [String], description: String)] = [
        ("  prompt, no cache", ["--no-cache", "Corpus"], "--no-cache: every report parsed"),
        ("  prompt, warm cache", ["Corpus"], "NIANBAO_CACHE in a temporary folder, written by a first run: reports read back"),
    ]
    for mode in modes {
        let timer = FirstPromptTimer(command: [options.nianbao] + mode.arguments, environment: environment)
        // One run first, not counted: it warms the page cache and, with the cache on, writes the cache.
        switch timer.measureOnce().flatMap({ _ in timer.median(of: options.promptRuns) }) {
        case .success(let seconds):
            report.figure(mode.name, "\(format(seconds * 1000, 1)) ms (\(bundled) reports; \(mode.description))", target: "≤150 ms", met: seconds <= 0.150)
        case .failure(let reason):
            report.skipped(mode.name, reason.text, target: "≤150 ms")
        }
    }
}

report.summary()
