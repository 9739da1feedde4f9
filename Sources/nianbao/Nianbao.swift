import ArgumentParser
import Foundation
import NianbaoCorpus
import NianbaoShell

/// `nianbao [--format …] [-c COMMAND]... [-f SCRIPT] [PATH...]`: loads reports, then runs commands from
/// the arguments, a script, a pipe, or the interactive shell.
@main
struct Nianbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nianbao",
        abstract: "Explore 政府信息公开工作年度报告: load reports, show, sum, diff and check them.",
        discussion: "With no PATH, loads ./Corpus when it exists. Type ‘help’ in the shell for the commands.")

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Flag(help: "Read blank cells as 0 in the arithmetic checks (findings say so).")
    var blankAsZero = false

    @Flag(help: "Parse every file again instead of reading unchanged ones back from the cache of parsed reports.")
    var noCache = false

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command and exit (repeatable).", valueName: "command"))
    var commands: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the commands in a script file and exit.", valueName: "script"))
    var script: String?

    @Argument(help: "Report files or folders to load.")
    var paths: [String] = []

    mutating func run() throws {
        Output.ignoreBrokenPipes()
        let interactive = commands.isEmpty && script == nil && isatty(STDIN_FILENO) == 1
        let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var session = Session(settings: Settings(format: format, blankAsZero: blankAsZero, colour: colour))
        if isatty(STDERR_FILENO) == 1 { session.progress = ProgressBar.shared.update }
        session.cache = noCache ? nil : ReportCache.standard
        var runner = BatchRunner(shell: Shell(session: session))

        runner.loadInitialReports(paths.isEmpty ? defaultCorpus() : paths, announce: interactive)
        if !commands.isEmpty {
            runner.run(commands.map { ($0, nil) })
        } else if let script {
            guard let text = try? String(contentsOfFile: script, encoding: .utf8) else {
                Output.error("error: cannot read script \(script)")
                throw ExitCode.failure
            }
            runner.run(text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { (String($1), "\(script):\($0 + 1)") })
        } else if interactive {
            InteractiveShell(runner: runner).run()
            return
        } else {
            runner.run(AnySequence { AnyIterator { readLine(strippingNewline: true).map { ($0, nil) } } })
        }
        if runner.failed { throw ExitCode.failure }
    }

    private func defaultCorpus() -> [String] {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Corpus", isDirectory: &isDirectory) && isDirectory.boolValue ? ["Corpus"] : []
    }
}

extension OutputFormat: ExpressibleByArgument {}
