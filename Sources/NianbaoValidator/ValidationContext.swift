import NianbaoModel

/// The reports a selection is checked against — a whole corpus — with what the rules across reports work out
/// from them once (the reports grouped by agency and year), so that checking several selections of one corpus
/// does not work it out again.
public struct ValidationContext: Sendable {
    public let reports: [Report]
    let byAgency: ReportsByAgency

    public init(_ reports: [Report]) {
        self.reports = reports
        byAgency = ReportsByAgency(reports)
    }
}
