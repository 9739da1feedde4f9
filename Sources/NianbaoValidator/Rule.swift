import NianbaoModel

/// A check the validator runs, described by its id, severity, summary and examples.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// The failed and not-assessable checks over a set of reports; rules across reports compare them,
    /// the others look at each on its own.
    func check(_ reports: [Report], options: ValidationOptions) -> [Finding]
}
