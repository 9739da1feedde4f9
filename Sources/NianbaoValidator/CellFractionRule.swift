import NianbaoModel

/// A count printed with a fraction.
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
