import NianbaoModel

/// The template's printed rule for each column: 新收 + 上年结转 = 总计 + 结转下年度.
struct Table3BalanceRule: ReportRule {
    let description = RuleDescription(
        id: "t3.balance",
        name: "表三 balance",
        summary: "for each applicant column, new + carried_in = total + carried_forward",
        severity: .error,
        examples: [
            RuleExample([:], .passes),
            RuleExample(["t3.new.natural": "5", "t3.total.natural": "5", "t3.granted.natural": "5"], .passes),
            RuleExample(["t3.new.natural": "5", "t3.total.natural": "4", "t3.carried_forward.natural": "1"], .passes),
            RuleExample(["t3.new.total": "6"], .fails(naming: ["t3.new.total", "t3.total.total"])),
            RuleExample(["t3.carried_forward.legal": "2"], .fails(naming: ["t3.carried_forward.legal"])),
            RuleExample(["t3.carried_in.total": ""], .notAssessable),
            RuleExample(["t3.carried_in.total": ""], blankAsZero: true, .passes),
            RuleExample(["t3.new.total": "/"], .notAssessable),
        ])

    private static let equations = EquationsByVersion(.t3) { template in
        (template.rows.first?.columns ?? []).map { column in
            let key = { (row: String) in FieldKey(.t3, row, column.key) }
            return Equation(in: template, left: [key("new"), key("carried_in")], right: [key("total"), key("carried_forward")],
                            subject: "column ‘\(column.label)’: 新收 + 上年结转 against 总计 + 结转下年度")
        }
    }

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        let table = report[.t3]
        guard table.isFound else { return [] }
        return Self.equations.check(table, of: report, rule: description, options: options)
    }
}
