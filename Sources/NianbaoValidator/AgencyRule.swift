import NianbaoModel

/// A rule across reports that compares an agency's reports with each other: it works on the reports grouped by
/// agency and year, which the validator builds once for all such rules.
protocol AgencyRule: Rule {
    /// The findings of the reports at `positions` in `index.reports`.
    func check(_ index: ReportsByAgency, at positions: [Int], options: ValidationOptions) -> [Finding]
}

extension AgencyRule {
    func check(_ reports: [Report], options: ValidationOptions) -> [Finding] {
        let index = ReportsByAgency(reports)
        return check(index, at: index.positions(of: nil), options: options)
    }
}
