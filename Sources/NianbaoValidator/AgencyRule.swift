import NianbaoModel

/// A rule across reports that compares an agency's reports with each other: it works on the reports grouped by
/// agency and year, which the validator builds once for all such rules.
protocol AgencyRule: Rule {
    func check(_ index: ReportsByAgency, options: ValidationOptions) -> [Finding]
}

extension AgencyRule {
    func check(_ reports: [Report], options: ValidationOptions) -> [Finding] {
        check(ReportsByAgency(reports), options: options)
    }
}
