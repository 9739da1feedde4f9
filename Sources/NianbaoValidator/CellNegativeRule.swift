import NianbaoModel

/// A count printed below zero.
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
