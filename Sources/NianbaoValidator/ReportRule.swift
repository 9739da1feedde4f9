import NianbaoModel

/// A check of one report on its own.
public protocol ReportRule: Sendable {
    var description: RuleDescription { get }
    /// The failed and not-assessable checks; passing checks return nothing.
    func check(_ report: Report, options: ValidationOptions) -> [Finding]
}
