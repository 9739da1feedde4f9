import NianbaoCorpus

struct ListCommand: Command {
    let name = "list"
    let synopsis = "list [SELECTOR]"
    let summary = "the loaded reports: year, agency, template versions, source file, findings"
    let example = "list 2023"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        let reports = try session.reports(Selector(arguments))
        // Cross-report rules compare each report with the whole corpus, as `check` does.
        let findings = Dictionary(grouping: session.validator.check(reports, context: session.corpus.reports), by: \.source)
        return CommandOutput([.table(DataTable(
            columns: ["year", "agency", "t2", "t3", "source", "findings", "notices"].map { DataTable.Column($0) },
            rows: reports.map { report in
                [report.year.map(TableValue.integer) ?? .null, .text(report.agency ?? "?"), .text(report[.t2].version.rawValue),
                 .text(report[.t3].version.rawValue), .text(report.source), .integer(findings[report.source]?.count ?? 0),
                 .integer(report.diagnostics.count)]
            },
            notes: ["\(reports.count) report\(reports.count == 1 ? "" : "s")"]))])
    }
}
