import NianbaoModel

/// Text printed where a number belongs.
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
