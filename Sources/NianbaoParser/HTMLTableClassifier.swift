/// Tells tables that hold data from tables that lay out the page.
///
/// Government sites wrap the report in layout tables (a row for the banner, a cell for the navigation, a
/// cell for the article) and the report's tables sit inside them. A table is read as data when no table
/// is nested in it, some row has two cells or more, and no cell holds a page of text; any other table's
/// cells are read as blocks of text, so the report's tables inside come out as rows of their own.
enum HTMLTableClassifier {
    /// A cell with more text than this (bytes of text between tags, about 650 Chinese characters) holds an
    /// article, not a value or a label.
    static let longestDataCell = 2000

    private struct OpenTable {
        let token: Int
        var hasNestedTable = false
        var widestRow = 0
        var cellsInRow = 0
        var isCellOpen = false
        var cellText = 0
        var longestCellText = 0

        mutating func startCell() {
            endCell()
            cellsInRow += 1
            isCellOpen = true
        }

        mutating func endCell() {
            longestCellText = max(longestCellText, cellText)
            cellText = 0
            isCellOpen = false
        }

        mutating func endRow() {
            endCell()
            widestRow = max(widestRow, cellsInRow)
            cellsInRow = 0
        }

        var isData: Bool { !hasNestedTable && widestRow >= 2 && longestCellText <= HTMLTableClassifier.longestDataCell }
    }

    /// Sets `isDataTable` on every `table` start tag, matching tables as the line builder will: an end tag
    /// closes the innermost open table, and tables never closed end with the page.
    static func markDataTables(_ tokens: inout [HTMLToken]) {
        var open: [OpenTable] = []
        func close(_ table: inout OpenTable) {
            table.endRow()
            tokens[table.token].isDataTable = table.isData
        }
        for index in tokens.indices {
            let token = tokens[index]
            let innermost = open.count - 1
            if token.kind == .text {
                if innermost >= 0, open[innermost].isCellOpen { open[innermost].cellText += token.end - token.start }
                continue
            }
            switch token.tag {
            case .table where token.kind == .start:
                if innermost >= 0 { open[innermost].hasNestedTable = true }
                open.append(OpenTable(token: index))
            case .table:
                if var table = open.popLast() { close(&table) }
            case .row, .rowGroup, .caption:
                if innermost >= 0 { open[innermost].endRow() }
            case .cell where token.kind == .start:
                if innermost >= 0 { open[innermost].startCell() }
            case .cell:
                if innermost >= 0 { open[innermost].endCell() }
            default:
                break
            }
        }
        while var table = open.popLast() { close(&table) }
    }
}
