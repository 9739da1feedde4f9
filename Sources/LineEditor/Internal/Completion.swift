import TerminalText

/// The decisions of one Tab press, kept apart from libedit so they are plain values.
struct Completion {
    /// The last whitespace-separated word before the cursor, possibly empty.
    let word: String
    /// Full replacements for `word`, in the completer's order, without duplicates.
    let candidates: [String]

    init(textBeforeCursor: String, candidates: [String]) {
        let start = textBeforeCursor.lastIndex(where: \.isWhitespace).map(textBeforeCursor.index(after:))
        self.word = String(textBeforeCursor[(start ?? textBeforeCursor.startIndex)...])
        var seen = Set<String>()
        self.candidates = candidates.filter { seen.insert($0).inserted }
    }

    /// The text for a single candidate: the candidate and a space, except after a folder's slash.
    var uniqueReplacement: String {
        let candidate = candidates[0]
        return candidate.hasSuffix("/") ? candidate : candidate + " "
    }

    /// The longest prefix shared by all candidates when it says more than the word typed, else `nil`.
    var sharedReplacement: String? {
        guard var prefix = candidates.first?[...] else { return nil }
        for candidate in candidates.dropFirst() {
            // Compares Characters, so a shared prefix never ends inside a Chinese character or a cluster.
            let shared = zip(prefix, candidate).prefix { $0 == $1 }.count
            prefix = prefix.prefix(shared)
        }
        return prefix.count > word.count ? String(prefix) : nil
    }

    /// The candidates laid out in columns down then across, like `ls`, each line ending in a newline.
    func listing(terminalWidth: Int) -> String {
        let gap = 2
        let widths = candidates.map(DisplayWidth.of)
        let columnWidth = (widths.max() ?? 0) + gap
        let columns = max(1, (terminalWidth + gap - 1) / columnWidth)
        let rows = (candidates.count + columns - 1) / columns

        var text = ""
        for row in 0..<rows {
            var line = ""
            for index in stride(from: row, to: candidates.count, by: rows) {
                if !line.isEmpty {
                    line += String(repeating: " ", count: columnWidth - widths[index - rows])
                }
                line += candidates[index]
            }
            text += line + "\n"
        }
        return text
    }
}
