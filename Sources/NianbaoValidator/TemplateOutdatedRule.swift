import NianbaoModel

/// A report for 2021 or later printed with a table of the 2019 template.
struct TemplateOutdatedRule: ReportRule {
    let description = RuleDescription(
        id: "template.outdated", name: "outdated template",
        summary: "a report for 2021 or later printed with the v2019 表二 or v2019 表三", severity: .warning,
        examples: [
            RuleExample([:], .passes),
            RuleExample([:], table2: .v2019, table3: .v2019, year: 2020, .passes),
            RuleExample([:], table2: .v2019, year: 2023, .fails(naming: [])),
            RuleExample([:], table3: .v2019, year: 2021, .fails(naming: [])),
        ])

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        guard let year = report.year, year >= 2021 else { return [] }
        return [TableID.t2, .t3].filter { report[$0].isFound && report[$0].version == .v2019 }.map { table in
            Finding(rule: description, report: report, cells: [],
                    message: "a \(year) report prints \(table.chineseName) in the 2019 template (国办公开办函〔2019〕60号); from 2021 the 2021 template applies",
                    expected: TemplateVersion.v2021.rawValue, found: TemplateVersion.v2019.rawValue, line: report[table].line)
        }
    }
}
