extension TableTemplate {
    /// The printed labels of a cell: its row (with the enclosing labels) and its column.
    public func labels(of key: FieldKey) -> (row: String, column: String)? {
        guard let row = row(key.row), let column = row.columns.first(where: { $0.key == key.column }) else { return nil }
        return (row.label, column.label)
    }

    /// `一、本年新收政府信息公开申请数量 · 自然人`: how a user recognises the cell in the printed table.
    public func displayLabel(of key: FieldKey) -> String {
        guard let labels = labels(of: key) else { return key.description }
        let rowLabel = row(key.row).map { row in (row.parents.dropFirst(table == .t3 ? 1 : 0) + [row.label]).joined(separator: " ") } ?? labels.row
        return row(key.row)?.columns.count == 1 ? rowLabel : "\(rowLabel) · \(labels.column)"
    }
}
