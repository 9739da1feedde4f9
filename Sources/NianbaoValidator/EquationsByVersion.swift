import NianbaoModel

/// A rule's equations for each version of its table, built once: every report of a version checks the same.
struct EquationsByVersion: Sendable {
    private let v2019: [Equation]
    private let v2021: [Equation]

    init(_ table: TableID, _ equations: (TableTemplate) -> [Equation]) {
        v2019 = equations(TableTemplate.template(table, .v2019))
        v2021 = equations(TableTemplate.template(table, .v2021))
    }

    private subscript(version: TemplateVersion) -> [Equation] {
        switch version {
        case .v2019: v2019
        case .v2021: v2021
        }
    }

    /// The findings of the equations of `table`'s version. By index: taking each equation out of the array
    /// (as `compactMap` does) would copy its arrays of keys, on every report.
    func check(_ table: Table, of report: Report, rule: RuleDescription, options: ValidationOptions) -> [Finding] {
        let equations = self[table.version]
        var findings: [Finding] = []
        for index in equations.indices {
            if let finding = equations[index].check(table, of: report, rule: rule, options: options) { findings.append(finding) }
        }
        return findings
    }
}
