/// The layout of one table in one template version: its rows, their columns, and so its cell keys.
public final class TableTemplate: Sendable {
    public let table: TableID
    public let version: TemplateVersion
    public let rows: [RowTemplate]
    /// Every cell key, row by row in template order.
    public let keys: [FieldKey]
    /// The measure of each key, in the same order.
    public let measures: [Measure]
    private let indexByKey: [FieldKey: Int]
    private let rowIndexByKey: [String: Int]
    /// The position of each row's first cell.
    private let rowStarts: [Int]

    init(_ table: TableID, _ version: TemplateVersion, rows: [RowTemplate]) {
        self.table = table
        self.version = version
        self.rows = rows
        keys = rows.flatMap { row in row.columns.map { FieldKey(table, row.key, $0.key) } }
        measures = rows.flatMap { row in row.columns.map(\.measure) }
        indexByKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        rowIndexByKey = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.key, $0) })
        rowStarts = rows.reduce(into: [0]) { starts, row in starts.append(starts.last! + row.columns.count) }
    }

    /// The position of a key among this table's cells, nil if this version has no such cell.
    public func index(of key: FieldKey) -> Int? { indexByKey[key] }

    /// The position of a row's first cell.
    public func firstIndex(ofRow rowIndex: Int) -> Int {
        rowStarts[rowIndex]
    }

    public func row(_ key: String) -> RowTemplate? { rowIndex(key).map { rows[$0] } }

    /// The position of the row with a key among `rows`, nil if this version has no such row.
    public func rowIndex(_ key: String) -> Int? { rowIndexByKey[key] }

    /// The template of a table in a version (表四 is the same in both).
    public static func template(_ table: TableID, _ version: TemplateVersion) -> TableTemplate {
        switch (table, version) {
        case (.t2, .v2019): table2v2019
        case (.t2, .v2021): table2v2021
        case (.t3, .v2019): table3v2019
        case (.t3, .v2021): table3v2021
        case (.t4, _): table4
        }
    }
}
