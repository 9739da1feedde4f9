import NianbaoCorpus
import NianbaoModel
import NianbaoValidator

struct CheckCommand: Command {
    let name = "check"
    let synopsis = "check [SELECTOR]"
    let summary = "runs the validator and lists each finding with its cells, expected and found values, file and line"
    let example = "check 2023"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        let reports = try session.reports(Selector(arguments))
        let validator = session.validator
        // Rules across reports compare the selection with the whole corpus, and report on the selection only.
        // Findings are listed report by report, in the selection's order.
        let positions = Dictionary(reports.indices.map { (reports[$0].source, $0) }, uniquingKeysWith: { first, _ in first })
        let cancellation = session.cancellation
        let found = validator.check(reports, in: session.validationContext(), isCancelled: { cancellation?.isCancelled == true })
        // Each finding's report is looked up once, not at every comparison of the sort.
        let foundIn = found.map { positions[$0.source] ?? 0 }
        let findings = found.indices.sorted { (foundIn[$0], $0) < (foundIn[$1], $1) }.map { found[$0] }
        var blocks: [CommandOutput.Block] = [.findings(findings)]
        if session.settings.blankAsZero {
            blocks.insert(.note("blank cells are read as 0 (set blank-as-zero off to undo)"), at: 0)
        }
        var counts: [String: (severity: String, fail: Int, notAssessable: Int)] = [:]
        for finding in findings {
            var count = counts[finding.rule] ?? (finding.severity.rawValue, 0, 0)
            if finding.outcome == .fail { count.fail += 1 } else { count.notAssessable += 1 }
            counts[finding.rule] = count
        }
        let order = Validator.rules.map(\.description.id)
        let clean = reports.count - Set(foundIn).count
        guard !findings.isEmpty else {
            // A note, so that JSON and CSV output holds findings only (none here).
            blocks.append(.note("checked \(reports.count) report\(reports.count == 1 ? "" : "s"): no findings"))
            return CommandOutput(blocks)
        }
        let errors = findings.contains { $0.severity == .error && $0.outcome == .fail }
        // The counts are a remark beside the findings: in JSON and CSV they would be records of another shape.
        guard session.settings.format == .table || session.settings.format == .markdown else { return CommandOutput(blocks, failed: errors) }
        blocks.append(.note(""))
        blocks.append(.table(DataTable(
            title: "checked \(reports.count) report\(reports.count == 1 ? "" : "s"): \(clean) clean",
            columns: [DataTable.Column("rule"), DataTable.Column("severity"), DataTable.Column("fail"), DataTable.Column("not assessable", key: "not_assessable")],
            rows: order.compactMap { id in counts[id].map { [.text(id), .text($0.severity), .integer($0.fail), .integer($0.notAssessable)] } })))
        return CommandOutput(blocks, failed: errors)
    }
}
