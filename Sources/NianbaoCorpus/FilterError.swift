/// A `where` clause that cannot be read.
public enum FilterError: Error, Sendable, Equatable {
    /// Nothing after `where`, or nothing between two `and`s.
    case empty
    case missingOperator(String)
    case missingField(String)
    case notANumber(String, condition: String)
    case unknownField(String)
    case ambiguousField(String, candidates: [String])
    /// `check` followed by something other than `fails` or `passes`.
    case unknownCheck(String)
}
