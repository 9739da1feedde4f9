extension StringProtocol {
    /// The text without leading and trailing whitespace, including NBSP and the ideographic space.
    func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return start < end ? String(self[start..<end]) : ""
    }

    /// The text cut to `limit` characters with an ellipsis, for quoting run-on text in a message.
    func abbreviated(to limit: Int = 60) -> String {
        count > limit ? prefix(limit) + "…" : String(self)
    }
}
