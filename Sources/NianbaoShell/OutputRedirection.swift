/// A command line's `> FILE` (the file replaced by the command's output) or `>> FILE` (appended to): the last `>`
/// outside quotes and before a `#` comment, followed by one word that is not a number. A `>` followed by a
/// number, or by more than one word, is the command's own (`list where 行政处罚 > 0`).
struct OutputRedirection: Equatable {
    let file: String
    let appends: Bool

    /// The command without its redirection, and the redirection if there is one.
    /// - Throws: `ShellError.redirectionWithoutFile` when the line ends in `>` or `>>`.
    static func split(_ line: String) throws(ShellError) -> (command: String, redirection: OutputRedirection?) {
        guard let index = lastOperator(in: line) else { return (line, nil) }
        var rest = line[line.index(after: index)...]
        let appends = rest.first == ">"
        if appends { rest = rest.dropFirst() }
        // `>=` is a comparison.
        guard rest.first != "=" else { return (line, nil) }
        let words = CommandWords.split(String(rest))
        guard !words.isEmpty else { throw .redirectionWithoutFile }
        guard words.count == 1, Double(words[0]) == nil else { return (line, nil) }
        return (String(line[..<index]), OutputRedirection(file: words[0], appends: appends))
    }

    /// The start of the last `>` or `>>` outside quotes and comments.
    private static func lastOperator(in line: String) -> String.Index? {
        var quote: Character?
        var inWord = false
        var found: String.Index?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == "#", !inWord {
                break
            } else if character == ">" {
                found = index
                // `>>` is one operator: remember its first `>`.
                let next = line.index(after: index)
                if next < line.endIndex, line[next] == ">" { index = next }
                inWord = false
            } else {
                inWord = !character.isWhitespace
            }
            index = line.index(after: index)
        }
        return found
    }
}
