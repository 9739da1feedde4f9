import NianbaoModel

/// Decides which of the cells printed after a row's label are its values.
///
/// Tab exports pad rows with empty cells on either side (merged label columns, trailing tabs), so a row
/// may carry more cells than the template has columns. When the printed numbers fit only one way they are
/// taken; when blanks make more than one placement possible, the row is flagged rather than guessed.
enum ValueFitter {
    struct Fit {
        /// One entry per template column; nil where nothing was printed.
        var cells: [GridCell?]
        /// Why the placement is uncertain, if it is.
        var doubt: String?

        init(cells: [GridCell?], doubt: String? = nil) {
            self.cells = cells
            self.doubt = doubt
        }

        /// Printed cells, each in its column. Mapped rather than converted: `[GridCell]` as `[GridCell?]` casts
        /// cell by cell at run time.
        init(printed: some Collection<GridCell>, doubt: String? = nil) {
            self.init(cells: printed.map(Optional.some), doubt: doubt)
        }
    }

    static func fit(_ printed: [GridCell], columns: Int, arithmetic: RowArithmetic = .none) -> Fit {
        if printed.count == columns { return Fit(printed: printed) }
        // Fewer numbers than columns, none missing between them, and enough digits for every column:
        // separators were lost, not cells left blank.
        let printedValues = printed.filter { !$0.text.isEmpty }
        let firstValue = printed.firstIndex { !$0.text.isEmpty } ?? 0, lastValue = printed.lastIndex { !$0.text.isEmpty } ?? 0
        if printedValues.count < columns, !printedValues.isEmpty, printedValues.count == lastValue - firstValue + 1,
           printedValues.reduce(0, { $0 + $1.text.count }) >= columns, printedValues.allSatisfy(isDigitRun) {
            return DigitSplitter(runs: printedValues, columns: columns, arithmetic: arithmetic).fit()
        }
        if printed.count < columns {
            return Fit(cells: printed.map(Optional.some) + Array(repeating: nil, count: columns - printed.count),
                       doubt: "the row prints \(printed.count) of \(columns) values")
        }
        guard let first = printed.firstIndex(where: { !$0.text.isEmpty }),
              let last = printed.lastIndex(where: { !$0.text.isEmpty }) else {
            return Fit(printed: printed.prefix(columns))
        }
        let filled = last - first + 1
        if filled == columns { return Fit(printed: printed[first...last]) }
        if filled > columns {
            return Fit(printed: printed[first..<(first + columns)],
                       doubt: "the row prints \(filled) values where the template has \(columns)")
        }
        // Fewer printed values than columns among padding: the blanks could stand on either side.
        let start = min(first, printed.count - columns)
        let isOnlyPlacement = first == 0 || last == printed.count - 1
        return Fit(printed: printed[start..<(start + columns)],
                   doubt: isOnlyPlacement ? nil : "the row's blank cells could stand in more than one column")
    }

    /// Only digits: a number, or several whose separators were lost.
    private static func isDigitRun(_ cell: GridCell) -> Bool {
        cell.text.unicodeScalars.allSatisfy { LabelText.fold($0).properties.numericType == .decimal && LabelText.fold($0).isASCII }
    }
}
