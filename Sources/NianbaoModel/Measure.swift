/// What kind of quantity a cell holds, which decides what values are plausible.
public enum Measure: Sendable, Hashable {
    /// A count of documents, decisions or applications: whole and not negative.
    case count
    /// A change in a count (v2019 本年增/减): whole, may be negative.
    case signedCount
    /// An amount of money: may have decimals.
    case money
}
