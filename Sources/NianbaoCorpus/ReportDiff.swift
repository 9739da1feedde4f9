import NianbaoModel

/// Two reports compared cell by cell over the keys they share.
public struct ReportDiff: Sendable {
    public struct Change: Sendable {
        public let key: FieldKey
        public let label: String
        public let left: Cell
        public let right: Cell
        /// right − left, when both are numbers.
        public var change: DecimalNumber? {
            guard let before = left.value, let after = right.value else { return nil }
            return after - before
        }
    }

    public let left: Report
    public let right: Report
    /// Shared cells whose meaning differs (value or kind), in template order.
    public let changes: [Change]
    /// How many cells the two share.
    public let sharedCount: Int
    /// Keys only one of the two template versions has, which could not be compared.
    public let onlyLeft: [FieldKey]
    public let onlyRight: [FieldKey]

    public init(_ left: Report, _ right: Report) {
        self.left = left
        self.right = right
        let rightKeys = Set(right.cells.map(\.key))
        let leftKeys = Set(left.cells.map(\.key))
        var changes: [Change] = []
        var shared = 0
        for (key, cell) in left.cells {
            guard let other = right[key] else { continue }
            shared += 1
            if cell.kind != other.kind || cell.value != other.value {
                changes.append(Change(key: key, label: left[key.table].template.displayLabel(of: key), left: cell, right: other))
            }
        }
        self.changes = changes
        sharedCount = shared
        onlyLeft = left.cells.map(\.key).filter { !rightKeys.contains($0) }
        onlyRight = right.cells.map(\.key).filter { !leftKeys.contains($0) }
    }
}
