import NianbaoModel

/// A rule that looks at each cell on its own. None has anything to say about a whole count of zero or more, a
/// `/` or a cell not printed, so those (most cells) are not asked about.
protocol CellRule: ReportRule {
    /// Why the cell breaks the rule, or nil when it does not.
    func problem(with cell: Cell, measure: Measure) -> String?
}

extension CellRule {
    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        report.tables.filter(\.isFound).flatMap { table in
            let template = table.template
            // By position: the key is looked up only for a finding, which few cells have.
            return table.cells.indices.compactMap { index -> Finding? in
                guard !table.cells.isPlainCount(at: index) else { return nil }
                let cell = table.cells[index]
                return problem(with: cell, measure: template.measures[index]).map { message in
                    let key = template.keys[index]
                    return Finding(rule: description, report: report, cells: [key],
                                   message: "‘\(template.displayLabel(of: key))’ \(message)", found: cell.raw)
                }
            }
        }
    }
}
