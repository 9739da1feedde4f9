import NianbaoModel

extension DataTable {
    /// The character bars are made of.
    static let bar: Character = "▇"
    /// Drawn for a value above zero too small for a whole bar, so that it never reads as nothing.
    static let sliver = "▏"

    /// The table with its chart drawn as a column of bars right after the charted column, for text output; a table
    /// without a chart is returned as it is. Blanks, text and values of zero or less get no bar.
    func drawingChart() -> DataTable {
        guard let chart, let index = columns.firstIndex(where: { $0.key == chart.column }) else { return self }
        let values = rows.map { index < $0.count ? $0[index].decimal : nil }
        let largest = values.compactMap { $0 }.filter { $0 > .zero }.max()
        var drawn = self
        drawn.chart = nil
        var column = Column("", key: "chart", alignsRight: false)
        column.isChart = true
        drawn.columns.insert(column, at: index + 1)
        for (row, value) in values.enumerated() where index < drawn.rows[row].count {
            drawn.rows[row].insert(.text(Self.bar(for: value, largest: largest, width: chart.width)), at: index + 1)
        }
        return drawn
    }

    static func bar(for value: DecimalNumber?, largest: DecimalNumber?, width: Int) -> String {
        guard let value, let largest, value > .zero else { return "" }
        let length = Int((value.doubleValue / largest.doubleValue * Double(width)).rounded())
        return length == 0 ? sliver : String(repeating: bar, count: length)
    }
}

extension TableValue {
    /// The value as a number, for charts.
    fileprivate var decimal: DecimalNumber? {
        switch self {
        case .number(let number): number
        case .integer(let integer): DecimalNumber(integer)
        default: nil
        }
    }
}
