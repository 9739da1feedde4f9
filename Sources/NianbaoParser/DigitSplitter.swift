import NianbaoModel

/// Splits digits that ran together (`801000081` for 80, 1, 0, 0, 0, 0, 81) into a row's values, using
/// what is known of numbers in reports (no leading zeros) and the row's arithmetic. Only a split that is
/// the one possible reading is taken; otherwise the row is left unread and marked doubtful.
struct DigitSplitter {
    let runs: [GridCell]
    let columns: Int
    let arithmetic: RowArithmetic

    /// Readings explored before giving up: enough for any real row, bounded for pathological input.
    private static let searchLimit = 200_000
    /// No count or amount in a report has more digits than this.
    private static let longestValue = 12

    private typealias Part = (run: Int, start: Int, end: Int)

    func fit() -> ValueFitter.Fit {
        let digits = runs.map { $0.text.unicodeScalars.map { UInt8(LabelText.fold($0).value) } }
        var solutions: [[Part]] = []
        var parts: [Part] = []
        var steps = 0

        func value(_ part: Part) -> Int {
            digits[part.run][part.start..<part.end].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }

        func search(run: Int, position: Int, digitsLeft: Int) {
            steps += 1
            guard solutions.count < 2, steps < Self.searchLimit else { return }
            if run == digits.count {
                if parts.count == columns, arithmetic.holds(parts.map(value)) { solutions.append(parts) }
                return
            }
            // Each value takes at least one digit, and each run still to come gives at least one value.
            let partsLeft = columns - parts.count
            guard partsLeft >= digits.count - run, digitsLeft >= partsLeft else { return }
            let current = digits[run]
            let longest = current[position] == UInt8(ascii: "0") ? 1 : min(Self.longestValue, current.count - position)
            for length in 1...longest {
                let end = position + length
                parts.append((run, position, end))
                if end == current.count {
                    search(run: run + 1, position: 0, digitsLeft: digitsLeft - length)
                } else {
                    search(run: run, position: end, digitsLeft: digitsLeft - length)
                }
                parts.removeLast()
            }
        }
        search(run: 0, position: 0, digitsLeft: digits.reduce(0) { $0 + $1.count })

        let printed = runs.map(\.text).joined(separator: " ")
        guard solutions.count == 1, let solution = solutions.first else {
            let reason = steps >= Self.searchLimit ? "too many ways to check"
                : solutions.isEmpty ? "no reading adds up" : "more than one reading adds up"
            return ValueFitter.Fit(cells: Array(repeating: nil, count: columns),
                                   doubt: "the digits ‘\(printed)’ ran together and cannot be split with certainty (\(reason))")
        }
        let cells = solution.map { part in
            let run = runs[part.run]
            return GridCell(text: String(run.text.dropFirst(part.start).prefix(part.end - part.start)),
                            line: run.line, column: run.column + part.start)
        }
        return ValueFitter.Fit(cells: cells)
    }
}
