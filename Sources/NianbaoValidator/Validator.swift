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

    /// The words of the rules that read the narrative: a line of narrative without any of them is never read,
    /// so a corpus need keep only the lines that hold one (`Report.abridgeNarrative(keepingLinesWith:)`).
    public static let narrativeWords: [String] = rules.compactMap { $0 as? any SentenceRule }.flatMap { rule in
        rule.sentenceWords.map { String(String.UnicodeScalarView($0)) }
    }

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
    /// - Parameter isCancelled: asked before each rule and each report; once it says yes, what is left is not run.
    public func check(_ reports: [Report], context: [Report]? = nil, isCancelled: @escaping @Sendable () -> Bool = { false }) -> [Finding] {
        check(reports, in: context.map(ValidationContext.init), isCancelled: isCancelled)
    }

    /// As `check(_:context:isCancelled:)`, against a context built beforehand (and kept while the corpus is unchanged).
    public func check(_ reports: [Report], in context: ValidationContext?, isCancelled: @escaping @Sendable () -> Bool = { false }) -> [Finding] {
        let sources = Set(reports.map(\.source))
        let reportRules = Self.rules.compactMap { $0 as? any ReportRule }
        var reportRuleFindings = findings(of: reportRules, in: reports, isCancelled: isCancelled).makeIterator()
        // Grouped once for every rule that compares an agency's reports (already, in a context).
        var byAgency = context?.byAgency
        var findings: [Finding] = []
        for rule in Self.rules where !isCancelled() {
            if rule is any ReportRule {
                findings += reportRuleFindings.next()!
                continue
            }
            let found: [Finding]
            if let rule = rule as? any AgencyRule {
                if byAgency == nil { byAgency = ReportsByAgency(reports) }
                found = rule.check(byAgency!, at: byAgency!.positions(of: context == nil ? nil : sources), options: options)
            } else {
                found = rule.check(context?.reports ?? reports, options: options)
            }
            findings += context == nil ? found : found.filter { sources.contains($0.source) }
        }
        return findings
    }

    /// The findings of rules that look at one report at a time, rule by rule and in report order; the reports
    /// are shared among the cores.
    private func findings(of rules: [any ReportRule], in reports: [Report], isCancelled: @escaping @Sendable () -> Bool) -> [[Finding]] {
        let options = options
        let sentenceRules = rules.map { $0 as? any SentenceRule }
        let byChunk = ChunkedWork.map(over: reports.count) { range in
            var byRule = [[Finding]](repeating: [], count: rules.count)
            for index in range where !isCancelled() {
                var sentences: [NarrativeSentence]?
                // Rules by position: binding each (`for rule in rules`) would copy it, descriptions and all, for
                // every report.
                for position in rules.indices {
                    if sentenceRules[position] != nil {
                        if sentences == nil { sentences = NarrativeSentence.sentences(in: reports[index]) }
                        byRule[position] += sentenceRules[position]!.check(reports[index], sentences: sentences!.filter(sentenceRules[position]!.reads),
                                                                          options: options)
                    } else {
                        byRule[position] += rules[position].check(reports[index], options: options)
                    }
                }
            }
            return byRule
        }
        return rules.indices.map { index in byChunk.flatMap { $0[index] } }
    }

    /// The rule with an id.
    public static func rule(_ id: String) -> (any Rule)? {
        rules.first { $0.description.id == id }
    }
}
