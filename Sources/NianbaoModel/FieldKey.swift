/// The stable key of one cell, e.g. `t3.new.total`: a public contract that never changes meaning.
public struct FieldKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let table: TableID
    /// The row (表三, 表四) or item (表二) key, e.g. `new`, `penalty`, `review`.
    public let row: String
    /// The column (表三, 表四) or measure (表二) key, e.g. `total`, `decisions`.
    public let column: String

    public init(_ table: TableID, _ row: String, _ column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    /// Reads `t3.new.total`; nil when it is not shaped like a key.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let table = TableID(rawValue: String(parts[0])),
              !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        self.init(table, String(parts[1]), String(parts[2]))
    }

    public var description: String { "\(table.rawValue).\(row).\(column)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
