import NianbaoModel

/// A row printed in a table that matches no template row; it is kept and shown, and may hold numbers
/// the template's arithmetic does not see.
struct TemplateUnknownRowRule: ReportRule {
    let description = RuleDescription(
        id: "template.unknown_row", name: "row not in the template",
        summary: "a row in a table that matches no template row (kept, and shown)", severity: .warning,
        examples: [
            RuleExample([:], .passes),
            RuleExample([:], unknownRows: ["合计"], .fails(naming: [])),
        ])

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        report.unknownRows.map { row in
            Finding(rule: description, report: report, cells: [],
                    message: "\(row.table.chineseName) prints a row ‘\(row.label)’ that is not in the template: \(row.values.map { $0.isEmpty ? "␣" : $0 }.joined(separator: " "))",
                    found: row.values.joined(separator: " "), line: row.line)
        }
    }
}
