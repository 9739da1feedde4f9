import NianbaoModel

/// Lays a report's tables out as the template prints them, values shown as printed.
enum ReportTables {
    /// Marks beside a value in text output; explained under the table.
    static let doubtfulMark = "?"
    static let missingMark = "∅"

    static func tables(_ table: Table, unknownRows: [UnknownRow] = []) -> [DataTable] {
        let title = "\(table.template.table.chineseName) \(table.template.table.title)（\(table.template.table == .t4 ? "both templates" : table.version.rawValue)）"
        var tables: [DataTable]
        switch table.template.table {
        case .t2: tables = table2(table)
        case .t3, .t4: tables = [grid(table, labelTitle: table.template.table == .t3 ? "申请人情况" : "")]
        }
        tables[0].title = title
        let cells = table.cells
        var notes: [String] = []
        if !table.isFound { notes.append("the report does not print this table") }
        if cells.contains(where: \.isDoubtful) { notes.append("\(doubtfulMark) doubtful: the parser could not place this value with certainty (see diagnostics)") }
        if table.isFound, cells.contains(where: { $0.kind == .missing }) { notes.append("\(missingMark) not printed in the report") }
        for row in unknownRows where row.table == table.template.table {
            notes.append("also printed, not in the template (line \(row.line)): ‘\(row.label)’ \(row.values.map { $0.isEmpty ? "␣" : $0 }.joined(separator: " "))")
        }
        tables[tables.count - 1].notes = notes
        return tables
    }

    /// A value as printed, with its marks.
    static func shown(_ cell: Cell) -> String {
        let printed = cell.kind == .missing ? missingMark : cell.raw
        return cell.isDoubtful ? printed + doubtfulMark : printed
    }

    /// 表三 and 表四: one row per template row, a column per applicant or result, enclosing labels as their own lines.
    private static func grid(_ table: Table, labelTitle: String) -> DataTable {
        let template = table.template
        let columns = template.rows[0].columns
        var result = DataTable(columns: [DataTable.Column(labelTitle, key: "row", maxWidth: 56)] + columns.map { DataTable.Column($0.label, key: $0.key, alignsRight: true) })
        var printedParents: [String] = []
        for (rowIndex, row) in template.rows.enumerated() {
            let parents = row.parents
            for (depth, parent) in parents.enumerated() where printedParents.count <= depth || printedParents[depth] != parent {
                result.rows.append([.text(indent(depth) + parent)] + columns.map { _ in .null })
                printedParents = Array(parents.prefix(depth + 1))
            }
            if parents.isEmpty { printedParents = [] }
            let first = template.firstIndex(ofRow: rowIndex)
            let values = columns.indices.map { TableValue.text(shown(table.cells[first + $0])) }
            result.rows.append([.text(indent(parents.count) + row.label)] + values)
        }
        return result
    }

    /// 表二: one small table per group of items sharing their measures, as the template's 第二十条 blocks do.
    private static func table2(_ table: Table) -> [DataTable] {
        let template = table.template
        var tables: [DataTable] = []
        for (rowIndex, row) in template.rows.enumerated() {
            let first = template.firstIndex(ofRow: rowIndex)
            let values = row.columns.indices.map { TableValue.text(shown(table.cells[first + $0])) }
            if let last = tables.last, last.columns.dropFirst().map(\.key) == row.columns.map(\.key) {
                tables[tables.count - 1].rows.append([.text(row.label)] + values)
            } else {
                tables.append(DataTable(columns: [DataTable.Column("信息内容", key: "item")] + row.columns.map { DataTable.Column($0.label, key: $0.key, alignsRight: true) },
                                        rows: [[.text(row.label)] + values]))
            }
        }
        return tables
    }

    private static func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }
}
