import NianbaoModel

/// A rule that compares each report with the same agency's report of the year before.
protocol ConsecutiveYearsRule: AgencyRule {
    /// The failed and not-assessable checks of `report` against `previous` (same agency, the year before);
    /// `matching` says how the two were matched, and is worked out only for a finding.
    func check(_ report: Report, after previous: Report, matching: @escaping () -> String, options: ValidationOptions) -> [Finding]
}

extension ConsecutiveYearsRule {
    func check(_ index: ReportsByAgency, at positions: [Int], options: ValidationOptions) -> [Finding] {
        ChunkedWork.map(over: positions.count) { range in
            positions[range].flatMap { position in
                let (key, report) = index.reports[position]
                return index.yearBefore(position).flatMap { previous in
                    check(report, after: previous, matching: { ReportsByAgency.matching(report, with: previous, as: key) }, options: options)
                }
            }
        }.flatMap { $0 }
    }
}
