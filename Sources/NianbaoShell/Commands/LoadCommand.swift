import NianbaoCorpus

struct LoadCommand: Command {
    let name = "load"
    let synopsis = "load PATH..."
    let summary = "adds report files or folders (searched recursively); loading a file again replaces it"
    let example = "load Corpus"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard !arguments.isEmpty else { throw usage() }
        let summary = session.corpus.load(arguments, progress: session.progress)
        var blocks: [CommandOutput.Block] = []
        let replaced = summary.replaced > 0 ? " (\(summary.replaced) replaced an earlier reading)" : ""
        blocks.append(.text("loaded \(summary.loaded) report\(summary.loaded == 1 ? "" : "s")\(replaced); \(session.corpus.reports.count) in memory"))
        let problems = summary.failures.map { "not loaded: \($0.path): \($0.reason)" }
        if !summary.withDiagnostics.isEmpty {
            blocks.append(.note("  \(summary.withDiagnostics.count) read with warnings (see ‘list’ and ‘show SELECTOR diagnostics’): "
                + summary.withDiagnostics.prefix(5).joined(separator: ", ") + (summary.withDiagnostics.count > 5 ? ", …" : "")))
        }
        return CommandOutput(blocks, problems: problems)
    }
}
