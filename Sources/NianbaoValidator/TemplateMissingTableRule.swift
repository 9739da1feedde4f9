import NianbaoModel

/// 表二, 表三 or 表四 not found in the report at all.
struct TemplateMissingTableRule: ReportRule {
    let description = RuleDescription(
        id: "template.missing_table", name: "table not found",
        summary: "表二, 表三 or 表四 not found", severity: .error,
        examples: [
            RuleExample([:], .passes),
            RuleExample([:], absent: ["t4"], .fails(naming: [])),
        ])

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        report.tables.filter { !$0.isFound }.map { table in
            Finding(rule: description, report: report, cells: [],
                    message: "\(table.template.table.title) (\(table.template.table.chineseName)) is not in the report", line: 0)
        }
    }
}
