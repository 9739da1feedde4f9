import NianbaoModel

extension StringProtocol {
    /// The text without leading and trailing whitespace, including NBSP and the ideographic space.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.isSpace, !last.isSpace { return String(self) }
        guard let start = scalars.firstIndex(where: { !$0.isSpace }), let end = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(self[start...end])
    }

    /// The text cut to `limit` characters with an ellipsis, for quoting run-on text in a message.
    func abbreviated(to limit: Int = 60) -> String {
        count > limit ? prefix(limit) + "…" : String(self)
    }
}
