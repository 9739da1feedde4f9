import NianbaoModel

/// What an agency carried forward at the end of one year is what it carried in at the start of the next.
struct CorpusCarryOverRule: ConsecutiveYearsRule {
    let description = RuleDescription(
        id: "corpus.carry_over",
        name: "表三 carried over from the year before",
        summary: "for each applicant column, carried_in of year Y equals carried_forward of the same agency's year Y−1",
        severity: .warning,
        examples: [
            RuleExample([:], previous: [:], .passes),
            RuleExample(["t3.carried_in.natural": "3", "t3.carried_in.total": "3"],
                        previous: ["t3.carried_forward.natural": "3", "t3.carried_forward.total": "3"], .passes),
            RuleExample(["t3.carried_in.total": "2"], .passes),
            RuleExample(["t3.carried_in.total": "1"], table3: .v2019, previous: ["t3.carried_forward.total": "1"], .passes),
            RuleExample(["t3.carried_in.total": "3"], previous: ["t3.carried_forward.total": "2"],
                        .fails(naming: ["t3.carried_in.total", "t3.carried_forward.total"])),
            RuleExample([:], previous: ["t3.carried_forward.legal": "1"],
                        .fails(naming: ["t3.carried_in.legal", "t3.carried_forward.legal"])),
            RuleExample([:], previous: ["t3.carried_forward.business": ""], .notAssessable),
            RuleExample([:], blankAsZero: true, previous: ["t3.carried_forward.business": ""], .passes),
            RuleExample(["t3.carried_in.total": "/"], previous: [:], .notAssessable),
        ])

    /// For each applicant column, with its label: both 表三 versions print these two rows with the same columns.
    static let equations = (TableTemplate.template(.t3, .v2021).rows.first?.columns ?? []).map { column in
        ("column ‘\(column.label)’", CrossReportEquation(.init(key: FieldKey(.t3, "carried_in", column.key), name: "上年结转"),
                                                    against: [.init(key: FieldKey(.t3, "carried_forward", column.key), name: "结转下年度", inPrevious: true)]))
    }

    func check(_ report: Report, after previous: Report, matching: () -> String, options: ValidationOptions) -> [Finding] {
        guard report[.t3].isFound, previous[.t3].isFound else { return [] }
        return Self.equations.compactMap { subject, equation in
            equation.check(report, after: previous, subject: subject, matching: matching, rule: description, options: options)
        }
    }
}
