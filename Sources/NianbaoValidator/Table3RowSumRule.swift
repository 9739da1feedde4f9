import NianbaoModel

/// For each row, the six applicant columns add up to 总计.
struct Table3RowSumRule: ReportRule {
    let description = RuleDescription(
        id: "t3.row_sum",
        name: "表三 applicants add up to 总计",
        summary: "for each row, natural + business + research + nonprofit + legal + org_other = total",
        severity: .error,
        examples: [
            RuleExample([:], .passes),
            RuleExample(["t3.new.natural": "2", "t3.new.legal": "1", "t3.new.total": "3",
                         "t3.granted.natural": "2", "t3.granted.legal": "1", "t3.granted.total": "3",
                         "t3.total.natural": "2", "t3.total.legal": "1", "t3.total.total": "3"], .passes),
            RuleExample(["t3.carried_forward.business": "1"], .fails(naming: ["t3.carried_forward.business", "t3.carried_forward.total"])),
            RuleExample(["t3.granted.total": ""], .notAssessable),
            RuleExample(["t3.granted.total": ""], blankAsZero: true, .passes),
        ])

    private static let equations = EquationsByVersion(.t3) { template in
        template.rows.map { row in
            let applicants = row.columns.map(\.key).filter { $0 != "total" }
            return Equation(in: template, left: applicants.map { FieldKey(.t3, row.key, $0) }, right: [FieldKey(.t3, row.key, "total")],
                            subject: "row ‘\((row.parents.dropFirst() + [row.label]).joined(separator: " "))’: the applicant columns against 总计")
        }
    }

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        let table = report[.t3]
        guard table.isFound else { return [] }
        return Self.equations.check(table, of: report, rule: description, options: options)
    }
}
