import NianbaoCorpus
import NianbaoModel
import NianbaoShell
import NianbaoTestSupport
import Testing

/// Shells for command tests: over hand-built reports, or over the bundled corpus.
enum ShellFixtures {
    /// A shell holding these reports, writing plain tables.
    static func shell(with reports: [Report], format: OutputFormat = .table) -> Shell {
        var session = Session(settings: Settings(format: format, colour: false))
        for report in reports { session.corpus.add(report) }
        return Shell(session: session)
    }

    /// A shell over the five seed reports, named `Corpus/…` as the binary names them.
    static func seedShell() throws -> Shell {
        var shell = Shell(session: Session(settings: Settings(format: .table, colour: false)))
        try TranscriptTests.loadSeeds(into: &shell)
        return shell
    }
}
