import NianbaoModel

/// For each column, （七）总计 is the sum of every result row (（一） to （六）).
struct Table3ResultsSumRule: ReportRule {
    let description = RuleDescription(
        id: "t3.results_sum",
        name: "表三 results add up to 总计",
        summary: "for each applicant column, total equals the sum of every result row from granted to other",
        severity: .error,
        examples: [
            RuleExample([:], .passes),
            RuleExample(["t3.granted.total": "2", "t3.ignored_repeat.total": "1", "t3.total.total": "3"], .passes),
            RuleExample(["t3.other.natural": "1", "t3.total.natural": "1"], table3: .v2019, .passes),
            RuleExample(["t3.denied_secret.research": "1"], .fails(naming: ["t3.denied_secret.research", "t3.total.research"])),
            RuleExample(["t3.total.natural": "4", "t3.granted.natural": "3"], .fails(naming: ["t3.total.natural"])),
            RuleExample(["t3.partial.total": "无"], .notAssessable),
        ])

    private static let equations = EquationsByVersion(.t3) { template in
        let resultRows = template.rows.map(\.key).drop { $0 != "granted" }.prefix { $0 != "total" }
        return (template.rows.first?.columns ?? []).map { column in
            Equation(in: template, left: resultRows.map { FieldKey(.t3, $0, column.key) }, right: [FieldKey(.t3, "total", column.key)],
                     subject: "column ‘\(column.label)’: the result rows against （七）总计")
        }
    }

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        let table = report[.t3]
        guard table.isFound else { return [] }
        return Self.equations.check(table, of: report, rule: description, options: options)
    }
}
