import NianbaoModel

/// A rule that looks at one report on its own.
public protocol ReportRule: Rule {
    /// The failed and not-assessable checks of one report; passing checks return nothing.
    func check(_ report: Report, options: ValidationOptions) -> [Finding]
}

extension ReportRule {
    public func check(_ reports: [Report], options: ValidationOptions) -> [Finding] {
        reports.flatMap { check($0, options: options) }
    }
}
