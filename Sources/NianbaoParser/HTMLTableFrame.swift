/// A table being read: for a data table, the row in progress as a line of tab-separated cells, and the cells
/// merged down from rows above.
///
/// Merged cells are written so that every row keeps its columns and every template label stays just before
/// its values, which is how the text parser finds them:
/// - a cell merged down (`rowspan`) leaves an empty cell in its place in the rows below, as a tab export does
///   (`\t\t2.其他法律行政法规禁止公开\t0…`);
/// - a value merged across (`colspan` on `0`, `/` or an empty cell) is followed by an empty cell for each
///   column it covers, so the values after it stay in their columns;
/// - a label merged across (`一、本年新收政府信息公开申请数量` over three columns) is written once, with no
///   empty cells after it, so its values follow it directly and the parser need not guess which of the
///   padded places a blank value stands in. A label on its own across the table (a heading inside the
///   table) thus reads as a plain line.
struct HTMLTableFrame {
    /// Wider rows are written as they are, without padding or merged cells from above past this column.
    static let maximumColumns = 1000

    /// A column covered by a cell merged down from a row above.
    private struct Span {
        /// The first row (0-based) no longer covered.
        var until: Int
        /// True for the merged cell's first column.
        var isFirstColumn: Bool
        var isValue: Bool
    }

    /// False for a table that only lays out the page: its cells are blocks of text, not a row.
    let isData: Bool
    private(set) var isRowOpen = false
    private(set) var isCellOpen = false
    /// The cell being read.
    var cell = HTMLTextBuffer()

    private var row: [UInt8] = []
    private var rowLine = 0
    private var rowHasText = false
    private var rowIndex = 0
    private var column = 0
    private var cellsInRow = 0
    private var cellColumnSpan = 1
    private var cellRowSpan = 1
    private var spans: [Span] = []

    init(isData: Bool) {
        self.isData = isData
    }

    /// Starts a row at a `<tr>` on `line`.
    mutating func openRow(line: Int) {
        isRowOpen = true
        rowLine = line
    }

    /// Starts a cell, after the cells merged down into the columns before it; opens a row if none is open.
    mutating func openCell(columnSpan: Int, rowSpan: Int, line: Int) {
        closeCell()
        if !isRowOpen { openRow(line: line) }
        while column < spans.count, spans[column].until > rowIndex {
            if spans[column].isFirstColumn || spans[column].isValue { appendCell() }
            column += 1
        }
        isCellOpen = true
        cellColumnSpan = columnSpan
        cellRowSpan = rowSpan
    }

    mutating func closeCell() {
        guard isCellOpen else { return }
        isCellOpen = false
        let hasText = cell.hasVisibleText
        // Only a merged cell needs to know whether it holds a value.
        let isValue = cellColumnSpan > 1 && CellValueReader.isValue(hasText ? String(decoding: cell.bytes, as: UTF8.self) : "")
        appendCell()
        if hasText {
            row.append(contentsOf: cell.bytes)
            rowHasText = true
        }
        cell.clear()
        if isValue, column < Self.maximumColumns {
            for _ in 1..<cellColumnSpan { appendCell() }
        }
        if cellRowSpan > 1, column + cellColumnSpan <= Self.maximumColumns {
            let covered = column..<(column + cellColumnSpan)
            if spans.count < covered.upperBound {
                spans.append(contentsOf: repeatElement(Span(until: 0, isFirstColumn: false, isValue: false), count: covered.upperBound - spans.count))
            }
            for index in covered {
                spans[index] = Span(until: rowIndex + cellRowSpan, isFirstColumn: index == covered.lowerBound, isValue: isValue)
            }
        }
        column += cellColumnSpan
    }

    /// Ends the row: its line of tab-separated cells and the page line of its `<tr>`, or nil when no cell
    /// holds text.
    mutating func closeRow() -> (text: String, line: Int)? {
        guard isRowOpen else { return nil }
        closeCell()
        // Cells merged down into the row's last columns keep their places too.
        if let last = spans.indices.last(where: { $0 >= column && spans[$0].until > rowIndex }) {
            for index in column...last where spans[index].until <= rowIndex || spans[index].isFirstColumn || spans[index].isValue {
                appendCell()
            }
        }
        let result = rowHasText ? (String(decoding: row, as: UTF8.self), rowLine) : nil
        row.removeAll(keepingCapacity: true)
        rowHasText = false
        isRowOpen = false
        rowIndex += 1
        column = 0
        cellsInRow = 0
        return result
    }

    /// Starts the next cell of the row (an empty one unless text is appended to `row` after it).
    private mutating func appendCell() {
        if cellsInRow > 0 { row.append(UInt8(ascii: "\t")) }
        cellsInRow += 1
    }
}
