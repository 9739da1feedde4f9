import NianbaoModel

/// What `sum` and friends add up: one cell key, or a group of 表三 rows in one column.
public struct Field: Sendable, Equatable, CustomStringConvertible {
    public enum Target: Sendable, Equatable {
        case cell(FieldKey)
        case group(RowGroup, column: String)
    }

    public let target: Target
    /// The printed label a user knows it by.
    public let label: String

    /// The key, or for a group the key it would have (`t3.denied.total`).
    public var key: String {
        switch target {
        case .cell(let key): key.description
        case .group(let group, let column): "t3.\(group.key).\(column)"
        }
    }

    public var description: String { "\(key) \(label)" }

    /// Every key the field adds up, all in one table.
    public var keys: [FieldKey] {
        switch target {
        case .cell(let key): [key]
        case .group(let group, let column): group.rows.map { FieldKey(.t3, $0, column) }
        }
    }

    /// The cells of this field in a report; empty when the report's template versions have none of them.
    public func cells(in report: Report) -> [(key: FieldKey, cell: Cell)] {
        switch target {
        case .cell(let key):
            report[key].map { [(key, $0)] } ?? []
        case .group(let group, let column):
            group.rows.compactMap { row in
                let key = FieldKey(.t3, row, column)
                return report[key].map { (key, $0) }
            }
        }
    }
}
