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
    }

    static func fit(_ printed: [GridCell], columns: Int) -> Fit {
        if printed.count == columns { return Fit(cells: printed) }
        if printed.count < columns {
            return Fit(cells: printed + Array(repeating: nil, count: columns - printed.count),
                       doubt: "the row prints \(printed.count) of \(columns) values")
        }
        guard let first = printed.firstIndex(where: { !$0.text.isEmpty }),
              let last = printed.lastIndex(where: { !$0.text.isEmpty }) else {
            return Fit(cells: Array(printed.prefix(columns)))
        }
        let filled = last - first + 1
        if filled == columns { return Fit(cells: Array(printed[first...last])) }
        if filled > columns {
            return Fit(cells: Array(printed[first..<(first + columns)]),
                       doubt: "the row prints \(filled) values where the template has \(columns)")
        }
        // Fewer printed values than columns among padding: the blanks could stand on either side.
        let start = min(first, printed.count - columns)
        let isOnlyPlacement = first == 0 || last == printed.count - 1
        return Fit(cells: Array(printed[start..<(start + columns)]),
                   doubt: isOnlyPlacement ? nil : "the row's blank cells could stand in more than one column")
    }
}
