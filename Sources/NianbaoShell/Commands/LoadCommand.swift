import NianbaoCorpus

struct LoadCommand: Command {
    let name = "load"
    let synopsis = "load PATH..."
    let summary = "adds report files or folders (searched recursively); loading a file again replaces it"
    let example = "load Corpus"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard !arguments.isEmpty else { throw usage() }
        var isCancelled: (@Sendable () -> Bool)?
        if let cancellation = session.cancellation { isCancelled = { cancellation.isCancelled } }
        let summary = session.corpus.load(arguments, cache: session.cache, progress: session.progress, isCancelled: isCancelled)
        guard !session.isCancelled else { throw .interrupted }
        var blocks: [CommandOutput.Block] = []
        let replaced = summary.replaced > 0 ? " (\(summary.replaced) replaced an earlier reading)" : ""
        blocks.append(.text("loaded \(summary.loaded) report\(summary.loaded == 1 ? "" : "s")\(replaced); \(session.corpus.reports.count) in memory"))
        let problems = summary.failures.map { "not loaded: \($0.path): \($0.reason)" }
        // Per file, what could not be read with certainty: a reader can look before trusting a sum.
        let shown = 20
        for report in summary.withNotices.prefix(shown) {
            let doubtful = report.cells.filter(\.cell.isDoubtful).count
            let warnings = report.diagnostics.filter { $0.severity >= .warning }
            let codes = Set(warnings.map(\.code)).sorted().joined(separator: ", ")
            blocks.append(.note("  \(report.source): \(doubtful) doubtful cell\(doubtful == 1 ? "" : "s"), \(warnings.count) notice\(warnings.count == 1 ? "" : "s") (\(codes))"))
        }
        if summary.withNotices.count > shown {
            blocks.append(.note("  … and \(summary.withNotices.count - shown) more files with notices; ‘list’ shows them all"))
        }
        if !summary.withNotices.isEmpty {
            blocks.append(.note("  ‘show SELECTOR diagnostics’ explains each notice; doubtful cells are marked ? in ‘show’"))
        }
        return CommandOutput(blocks, problems: problems)
    }
}
