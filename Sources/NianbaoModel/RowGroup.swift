/// A named group of 表三 rows (`不予公开`), usable in queries; always derived from the rows, never stored.
public struct RowGroup: Sendable, Hashable {
    public let key: String
    public let label: String
    /// The member row keys; a report counts those its template version has.
    public let rows: [String]

    public static let all: [RowGroup] = [
        RowGroup(key: "denied", label: "不予公开", rows: TableTemplate.table3v2021.rows.map(\.key).filter { $0.hasPrefix("denied_") }),
        RowGroup(key: "unavailable", label: "无法提供", rows: TableTemplate.table3v2021.rows.map(\.key).filter { $0.hasPrefix("unavailable_") }),
        RowGroup(key: "ignored", label: "不予处理", rows: TableTemplate.table3v2021.rows.map(\.key).filter { $0.hasPrefix("ignored_") }),
        RowGroup(key: "other", label: "其他处理", rows: ["other", "other_no_correction", "other_no_fee", "other_misc"]),
    ]
}
