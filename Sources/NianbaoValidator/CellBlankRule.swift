import NianbaoModel

/// A cell left blank.
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
