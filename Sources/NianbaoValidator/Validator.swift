import NianbaoModel

/// Runs every rule over reports and gathers what they find.
public struct Validator: Sendable {
    /// Every rule, in the order findings are listed; ids are stable and never reused.
    public static let rules: [any Rule] = [
        Table3BalanceRule(),
        Table3ResultsSumRule(),
        Table3RowSumRule(),
        Table4BlockSumRule(),
        CellTextRule(),
        CellNegativeRule(),
        CellFractionRule(),
        CellBlankRule(),
        TemplateMissingTableRule(),
        TemplateMissingRowRule(),
        TemplateUnknownRowRule(),
        TemplateOutdatedRule(),
        CorpusCarryOverRule(),
        CorpusInForceRule(),
        CorpusDuplicateRule(),
        TextApplicationsRule(),
        TextReviewLitigationRule(),
        TextYearRule(),
    ]

    public var options: ValidationOptions

    public init(options: ValidationOptions = ValidationOptions()) {
        self.options = options
    }

    /// The findings for one report, rule by rule.
    public func check(_ report: Report) -> [Finding] {
        check([report])
    }

    /// The findings for the reports, rule by rule. Rules across reports compare each with the others in
    /// `context` (the whole corpus), and report only what concerns the reports checked.
    /// - Parameter isCancelled: asked before each rule; once it says yes, the rules left are not run.
    public func check(_ reports: [Report], context: [Report]? = nil, isCancelled: () -> Bool = { false }) -> [Finding] {
        let sources = Set(reports.map(\.source))
        var findings: [Finding] = []
        for rule in Self.rules where !isCancelled() {
            if let context, !(rule is any ReportRule) {
                findings += rule.check(context, options: options).filter { sources.contains($0.source) }
            } else {
                findings += rule.check(reports, options: options)
            }
        }
        return findings
    }

    /// The rule with an id.
    public static func rule(_ id: String) -> (any Rule)? {
        rules.first { $0.description.id == id }
    }
}
