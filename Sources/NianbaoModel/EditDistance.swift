/// How many single-character edits turn one text into another, counting two swapped neighbours
/// (`shwo` for `show`) as one edit: for typos in commands and in printed labels.
public enum EditDistance {
    public static func between(_ first: String, _ second: String) -> Int {
        between(Array(first), Array(second))
    }

    /// The same over any elements: callers that compare one text with many split it once.
    @inlinable
    public static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                var best = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                if i > 0, j > 0, x == b[j - 1], a[i - 1] == y { best = min(best, beforePrevious[j - 1] + 1) }
                current.append(best)
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// The fewest edits that turn `pattern` into some stretch of `text`: how far a typed fragment
    /// (`拱墅区统计屋`) is from appearing in a longer name (`杭州市拱墅区统计局`, one edit).
    public static func withinText(_ pattern: String, _ text: String) -> Int {
        let a = Array(pattern), b = Array(text)
        // Row i holds, for each end position in the text, the edits that turn the first i characters of the
        // pattern into a stretch of the text ending there; a stretch may start anywhere, so row 0 is all zeros.
        var previous = Array(repeating: 0, count: b.count + 1)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous.min() ?? a.count
    }
}
