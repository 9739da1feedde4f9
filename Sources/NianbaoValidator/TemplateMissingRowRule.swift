import NianbaoModel

/// A template row not printed in a table that was found.
struct TemplateMissingRowRule: ReportRule {
    let description = RuleDescription(
        id: "template.missing_row", name: "row not found",
        summary: "a template row not found in a table that was found", severity: .error,
        examples: [
            RuleExample([:], .passes),
            RuleExample([:], absent: ["t4"], .passes),
            RuleExample([:], absent: ["t3.carried_in"], .fails(naming: ["t3.carried_in.total"])),
            RuleExample([:], absent: ["t2.fees"], .fails(naming: ["t2.fees.amount"])),
        ])

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        report.tables.filter(\.isFound).flatMap { table in
            var next = 0
            return table.template.rows.compactMap { row -> Finding? in
                let first = next
                next += row.columns.count
                // A row printed but not readable (its cells are doubtful) is the parser's notice, not a missing row.
                guard table.cells[first..<next].allSatisfy({ $0.kind == .missing && !$0.isDoubtful }) else { return nil }
                return Finding(rule: description, report: report, cells: row.columns.map { FieldKey(table.template.table, row.key, $0.key) },
                               message: "\(table.template.table.chineseName) row ‘\((row.parents + [row.label]).joined(separator: " "))’ is not printed",
                               line: table.line)
            }
        }
    }
}
