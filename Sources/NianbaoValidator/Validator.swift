import NianbaoModel

/// Runs every rule over reports and gathers what they find.
public struct Validator: Sendable {
    /// Every rule, in the order findings are listed; ids are stable and never reused.
    public static let rules: [any ReportRule] = [
        Table3BalanceRule(),
        Table3ResultsSumRule(),
        Table3RowSumRule(),
        Table4BlockSumRule(),
        CellTextRule(),
        CellNegativeRule(),
        CellFractionRule(),
        CellBlankRule(),
    ]

    public var options: ValidationOptions

    public init(options: ValidationOptions = ValidationOptions()) {
        self.options = options
    }

    /// The findings for one report, rule by rule.
    public func check(_ report: Report) -> [Finding] {
        Self.rules.flatMap { $0.check(report, options: options) }
    }

    /// The rule with an id.
    public static func rule(_ id: String) -> (any ReportRule)? {
        rules.first { $0.description.id == id }
    }
}
