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

struct CellTextRule: CellRule {
    let description = RuleDescription(
        id: "cell.text", name: "text in a number cell",
        summary: "a cell that must hold a number holds text", severity: .error,
        examples: [
            RuleExample(["t2.penalty.decisions": "12"], .passes),
            RuleExample(["t2.penalty.decisions": "/"], .passes),
            RuleExample(["t2.penalty.decisions": "详见附表"], .fails(naming: ["t2.penalty.decisions"])),
        ])

    func problem(with cell: Cell, measure: Measure) -> String? {
        cell.kind == .text ? "holds text ‘\(cell.raw)’ where a number belongs" : nil
    }
}

struct CellNegativeRule: CellRule {
    let description = RuleDescription(
        id: "cell.negative", name: "negative count",
        summary: "a count below zero (v2019 change may be negative)", severity: .error,
        examples: [
            RuleExample(["t2.licensing.change": "-3"], table2: .v2019, .passes),
            RuleExample(["t3.new.natural": "-1"], .fails(naming: ["t3.new.natural"])),
        ])

    func problem(with cell: Cell, measure: Measure) -> String? {
        guard let value = cell.value, value.isNegative, measure != .signedCount else { return nil }
        return "is \(value), below zero"
    }
}

struct CellFractionRule: CellRule {
    let description = RuleDescription(
        id: "cell.fraction", name: "fractional count",
        summary: "a count that is not a whole number (money amounts may be)", severity: .error,
        examples: [
            RuleExample(["t2.fees.amount": "5949.088667"], .passes),
            RuleExample(["t4.review.upheld": "1.5"], .fails(naming: ["t4.review.upheld"])),
        ])

    func problem(with cell: Cell, measure: Measure) -> String? {
        guard let value = cell.value, !value.isWhole, measure != .money else { return nil }
        return "is \(value), not a whole number"
    }
}

struct CellBlankRule: CellRule {
    let description = RuleDescription(
        id: "cell.blank", name: "blank cell",
        summary: "a blank cell where the template expects a number", severity: .warning,
        examples: [
            RuleExample(["t3.new.total": "0"], .passes),
            RuleExample(["t3.new.total": "/"], .passes),
            RuleExample(["t3.new.total": ""], .fails(naming: ["t3.new.total"])),
        ])

    func problem(with cell: Cell, measure: Measure) -> String? {
        cell.kind == .blank ? "is blank" : nil
    }
}
