import Foundation
import NianbaoCorpus
import NianbaoShell
import NianbaoTestSupport
import Testing

/// Shell sessions written down as input and expected output (sqlite3's `.testcase`/`.check` idea), run through
/// `Shell.execute` with no terminal. Re-record them with `NIANBAO_RECORD=1 swift test --filter TranscriptTests`,
/// read every changed line against the reports in `Corpus/`, then run again without the variable.
@Suite struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".transcript") }.sorted()

    @Test func transcriptsAreFound() {
        #expect(Self.names.count >= 10, "transcripts in \(Self.folder.path)")
    }

    @Test func notationRoundTrips() throws {
        let text = """
            ## setup: empty
            ## a comment
            > first
            out
            \\> looks like input
            \\\\ starts with a backslash

            ! error: bad
            ? failed
            ## about the second
            > second
            ## the end

            """
        let transcript = try Transcript(parsing: text)
        #expect(transcript.setup == .empty)
        #expect(transcript.steps.map(\.input) == ["first", "second"])
        #expect(transcript.steps[0].output == ["out", "> looks like input", "\\ starts with a backslash", ""])
        #expect(transcript.steps[0].errors == ["error: bad"])
        #expect(transcript.steps[0].status == ["failed"])
        #expect(transcript.steps[1].comments == ["## about the second"])
        #expect(transcript.serialized == text)
        #expect(throws: Transcript.FormatError.self) { try Transcript(parsing: "output before any input\n> list\n") }
    }

    @Test(arguments: names)
    func transcript(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let transcript = try Transcript(parsing: String(contentsOf: url, encoding: .utf8))
        var shell = Shell(session: Session(settings: Settings(format: .table, colour: false)))
        if transcript.setup == .seeds { try Self.loadSeeds(into: &shell) }

        var actual = transcript
        var quitAt: Int?
        for (index, step) in transcript.steps.enumerated() {
            guard quitAt == nil else { break }
            let execution = shell.execute(Transcript.expandingRepository(step.input))
            actual.steps[index].output = Transcript.lines(Transcript.hidingRepository(execution.output))
            actual.steps[index].errors = Transcript.lines(Transcript.hidingRepository(execution.error))
            actual.steps[index].status = [execution.failed ? "failed" : nil, execution.quits ? "quits" : nil].compactMap { $0 }
            if execution.quits { quitAt = index }
        }
        if let quitAt, quitAt + 1 < transcript.steps.count {
            Issue.record("\(name): ‘\(transcript.steps[quitAt].input)’ quits, so the \(transcript.steps.count - quitAt - 1) lines after it never run")
        }

        if ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" {
            try actual.serialized.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); check it by eye against Corpus/, then run again without NIANBAO_RECORD")
            return
        }
        for (expected, got) in zip(transcript.steps, actual.steps) {
            #expect(got.block == expected.block, "\(name): > \(expected.input)")
        }
    }

    /// Loads the bundled corpus with each source named as `nianbao` run in the repository names it (`Corpus/…`),
    /// whatever the current folder of the test process.
    static func loadSeeds(into shell: inout Shell) throws {
        var corpus = Corpus()
        let summary = corpus.load([Repository.corpus.path])
        try #require(summary.failures.isEmpty && summary.loaded == Repository.seedReports.count, "seeds load: \(summary.failures)")
        for var report in corpus.reports {
            report.source = "Corpus/" + URL(fileURLWithPath: report.source).lastPathComponent
            shell.session.corpus.add(report)
        }
    }
}

/// A transcript file: an optional `## setup: empty` line, `## ` comments, then for each input line `> LINE`
/// followed by the stdout lines, `! ` stderr lines and `? failed` / `? quits` when the execution says so.
/// A stdout line that would begin like one of these markers, or with `\`, is written with a `\` before it.
struct Transcript: Equatable {
    enum Setup: Equatable {
        /// The five seed reports, loaded as `Corpus/…`.
        case seeds
        /// Nothing loaded.
        case empty
    }

    struct Step: Equatable {
        /// `## ` lines written above the input, kept when recording.
        var comments: [String] = []
        var input: String
        var output: [String] = []
        var errors: [String] = []
        var status: [String] = []

        /// What the step's execution is compared on, in the file's notation.
        var block: String {
            (output.map(Transcript.escaped) + errors.map { "! " + $0 } + status.map { "? " + $0 }).joined(separator: "\n")
        }
    }

    var header: [String] = []
    /// `## ` lines after the last input line.
    var footer: [String] = []
    var setup = Setup.seeds
    var steps: [Step] = []

    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    init(parsing text: String) throws {
        var pendingComments: [String] = []
        for (number, line) in Self.lines(text).enumerated() {
            if line.hasPrefix("## ") || line == "##" {
                if steps.isEmpty, line == "## setup: empty" { setup = .empty }
                if steps.isEmpty { header.append(line) } else { pendingComments.append(line) }
            } else if line.hasPrefix("> ") || line == ">" {
                steps.append(Step(comments: pendingComments, input: String(line.dropFirst(2))))
                pendingComments = []
            } else if steps.isEmpty {
                throw FormatError(description: "line \(number + 1): ‘\(line)’ comes before the first ‘> ’ input line")
            } else if !pendingComments.isEmpty {
                throw FormatError(description: "line \(number + 1): output after a ‘## ’ comment; comments go above an input line")
            } else if line.hasPrefix("! ") {
                steps[steps.count - 1].errors.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("? ") {
                steps[steps.count - 1].status.append(String(line.dropFirst(2)))
            } else {
                steps[steps.count - 1].output.append(line.hasPrefix("\\") ? String(line.dropFirst()) : line)
            }
        }
        footer = pendingComments
    }

    var serialized: String {
        var lines = header
        for step in steps {
            lines += step.comments
            lines.append("> " + step.input)
            if !step.block.isEmpty { lines.append(step.block) }
        }
        lines += footer
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text as lines; a final newline ends the last line rather than starting an empty one.
    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    static func escaped(_ line: String) -> String {
        ["> ", "! ", "? ", "##", "\\"].contains(where: line.hasPrefix) || line == ">" ? "\\" + line : line
    }

    /// Input may name files under the repository as `$REPO/…`; output shows the repository's folder that way.
    static let repositoryMark = "$REPO"

    /// The repository reached through a link whose path has the same length on every machine, so that
    /// tables holding a path line up the same wherever the repository is checked out.
    static let linkedRoot: String = {
        let path = "/tmp/nianbao-transcripts-" + String(format: "%010d", getpid())
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: Repository.root.path)
        return path
    }()

    static func expandingRepository(_ input: String) -> String {
        input.replacingOccurrences(of: repositoryMark, with: linkedRoot)
    }

    static func hidingRepository(_ output: String) -> String {
        output.replacingOccurrences(of: linkedRoot, with: repositoryMark)
    }
}
