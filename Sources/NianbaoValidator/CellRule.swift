import NianbaoModel

/// A rule that looks at each cell on its own.
protocol CellRule: ReportRule {
    /// Why the cell breaks the rule, or nil when it does not.
    func problem(with cell: Cell, measure: Measure) -> String?
}

extension CellRule {
    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        report.tables.filter(\.isFound).flatMap { table in
            zip(table.template.keys, zip(table.cells, table.template.measures)).compactMap { key, pair in
                problem(with: pair.0, measure: pair.1).map { message in
                    Finding(rule: description, report: report, cells: [key],
                            message: "‘\(table.template.displayLabel(of: key))’ \(message)", found: pair.0.raw)
                }
            }
        }
    }
}
