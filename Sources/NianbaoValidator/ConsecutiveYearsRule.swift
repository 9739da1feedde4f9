import NianbaoModel

/// A rule that compares each report with the same agency's report of the year before.
protocol ConsecutiveYearsRule: AgencyRule {
    /// The failed and not-assessable checks of `report` against `previous` (same agency, the year before);
    /// `matching` says how the two were matched, and is worked out only for a finding.
    func check(_ report: Report, after previous: Report, matching: () -> String, options: ValidationOptions) -> [Finding]
}

extension ConsecutiveYearsRule {
    func check(_ index: ReportsByAgency, at positions: [Int], options: ValidationOptions) -> [Finding] {
        ChunkedWork.map(over: positions.count) { range in
            // Reports are passed straight from the index: bound to a name first, each would be copied.
            positions[range].flatMap { position in
                index.yearBefore(position).flatMap { previous in
                    check(index.reports[position], after: index.reports[previous], matching: {
                        ReportsByAgency.matching(index.reports[position], with: index.reports[previous], as: index.keys[position])
                    }, options: options)
                }
            }
        }.flatMap { $0 }
    }
}
