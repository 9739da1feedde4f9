import NianbaoCorpus
import NianbaoModel
import NianbaoValidator

struct ListCommand: Command {
    let name = "list"
    let synopsis = "list [SELECTOR] [where FIELD OP NUMBER | where check fails|passes]"
    let summary = "the loaded reports: year, agency, template versions, source file, findings; ‘where’ keeps those whose field "
        + "compares true (OP > >= < <= = !=) or whose check finds an error (fails) or none (passes); join conditions with ‘and’"
    let example = "list 2023 where 行政处罚 > 0"
    let keywords = ["where", "check", "fails", "passes", "and"]

    /// Skipped reports named one by one up to this many; beyond, counted.
    static let skippedShown = 10
    /// Labels up to this many characters head their column; longer ones give way to the key.
    static let longestLabel = 8

    func takesField(after words: [String]) -> Bool {
        words.contains("where") && (words.last == "where" || words.last == "and")
    }

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        let clause = arguments.firstIndex(of: "where")
        let filter = try clause.map { index throws(ShellError) in try Self.filter(Array(arguments[(index + 1)...])) }
        let selected = try session.reports(Selector(Array(arguments[..<(clause ?? arguments.endIndex)])))
        // Cross-report rules compare each report with the whole corpus, as `check` does. The validator runs once,
        // over the reports the filter keeps, unless the filter itself asks for its verdict.
        let context = session.validationContext()
        func findingsBySource(_ reports: [Report]) -> [String: [Finding]] {
            Dictionary(grouping: session.validator.check(reports, in: context), by: \.source)
        }
        var findings = filter?.needsCheck == true ? findingsBySource(selected) : [:]

        var reports = selected
        var skipped: [(report: Report, gap: String, field: String)] = []
        if let filter {
            reports = selected.filter { report in
                let verdict = filter.test(report) {
                    findings[report.source]?.contains { $0.severity == .error && $0.outcome == .fail } ?? false
                }
                switch verdict {
                case .matches: return true
                case .fails: return false
                case .noNumber(let gap, let field):
                    skipped.append((report, gap, field))
                    return false
                }
            }
        }
        if filter?.needsCheck != true { findings = findingsBySource(reports) }
        let fields = filter?.fields ?? []
        let values = fields.map { FieldSum($0, over: reports).parts }
        var table = DataTable(
            columns: [DataTable.Column("year"), DataTable.Column("agency")]
                // A long label (`一、本年新收政府信息公开申请数量`) would widen every row: its key is shorter.
                + fields.map { DataTable.Column($0.label.count <= Self.longestLabel ? $0.label : $0.key, key: $0.key) }
                + ["t2", "t3", "source", "findings", "notices"].map { DataTable.Column($0) },
            rows: reports.enumerated().map { position, report in
                [report.year.map(TableValue.integer) ?? .null, .text(report.agency ?? "?")]
                    + values.map { $0[position].value.map(TableValue.number) ?? .null }
                    + [.text(report[.t2].version.rawValue), .text(report[.t3].version.rawValue), .text(report.source),
                       .integer(findings[report.source]?.count ?? 0), .integer(report.diagnostics.count)]
            })
        let count = "\(reports.count) report\(reports.count == 1 ? "" : "s")"
        guard let filter else {
            table.notes = [count]
            return CommandOutput([.table(table)])
        }
        table.notes = ["\(count) of \(selected.count) where \(filter.conditions.map(\.description).joined(separator: " and "))"]
        if filter.needsCheck {
            table.notes.append("check fails: a finding of severity error; warnings alone pass (‘check SELECTOR’ lists them)")
        }
        if !skipped.isEmpty {
            let kinds = Dictionary(grouping: skipped, by: \.gap).sorted { $0.key < $1.key }.map { "\($0.value.count) \($0.key)" }
            table.notes.append("\(skipped.count) skipped, with no number to compare (\(kinds.joined(separator: ", "))): blank, / and absent cells never satisfy a comparison")
            table.notes += skipped.prefix(Self.skippedShown).map { "  \($0.gap)  \($0.report.displayName)  (\($0.field))" }
            if skipped.count > Self.skippedShown { table.notes.append("  … and \(skipped.count - Self.skippedShown) more") }
        }
        return CommandOutput([.table(table)])
    }

    /// The `where` clause, with an unknown field named as `sum` names it.
    private static func filter(_ words: [String]) throws(ShellError) -> ReportFilter {
        do {
            return try ReportFilter(parsing: words)
        } catch .unknownField(let name) {
            throw .unknownField(name, suggestion: Suggestion.closest(to: name, among: FieldResolver.labelEntries.map(\.label)))
        } catch .ambiguousField(let name, let candidates) {
            throw .ambiguousField(name, candidates: candidates)
        } catch {
            throw .filter(error)
        }
    }
}
