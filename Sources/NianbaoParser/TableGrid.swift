/// A table region cut into rows of cells, whichever of the text layouts it came in.
///
/// Word-extracted text puts one cell per line behind a tab, with a blank line between rows and labels
/// sometimes continued on the next line without a tab (`商业` / `企业`). Other exports put a row on a
/// line with tabs between cells. Both become the same rows here.
struct TableGrid {
    var rows: [[GridCell]]

    init(lines: ArraySlice<SourceLine>) {
        rows = Self.isCellPerLine(lines) ? Self.cellPerLineRows(lines) : Self.tabRows(lines)
    }

    /// Most non-empty lines hold a single cell after a leading tab.
    private static func isCellPerLine(_ lines: ArraySlice<SourceLine>) -> Bool {
        var single = 0, multiple = 0
        for line in lines where !line.text.isEmpty {
            let tabs = line.text.utf8.lazy.filter { $0 == UInt8(ascii: "\t") }.count
            if line.text.first == "\t", tabs == 1 { single += 1 } else if tabs > 0 { multiple += 1 }
        }
        return single > multiple
    }

    private static func cellPerLineRows(_ lines: ArraySlice<SourceLine>) -> [[GridCell]] {
        var rows: [[GridCell]] = []
        var row: [GridCell] = []
        for line in lines {
            if line.text.allSatisfy({ $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" }) {
                if !row.isEmpty { rows.append(row) }
                row = []
            } else if line.text.first == "\t" {
                row.append(contentsOf: cells(of: line))
            } else if let last = row.last, !last.isValue {
                // A label broken over two lines: the second part has no tab.
                row[row.count - 1].text += line.text.trimmingWhitespace()
            } else {
                if !row.isEmpty { rows.append(row) }
                row = cells(of: line)
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    private static func tabRows(_ lines: ArraySlice<SourceLine>) -> [[GridCell]] {
        lines.filter { !$0.text.trimmingWhitespace().isEmpty }.map(cells(of:))
    }

    /// The tab-separated cells of one line; a leading tab means the line's first cell is the one after it.
    private static func cells(of line: SourceLine) -> [GridCell] {
        var cells: [GridCell] = []
        var column = 1
        let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
        for (position, field) in fields.enumerated() {
            if !(position == 0 && field.isEmpty && fields.count > 1) {
                cells.append(GridCell(text: field.trimmingWhitespace(), line: line.number, column: column))
            }
            column += field.count + 1
        }
        return cells
    }
}
