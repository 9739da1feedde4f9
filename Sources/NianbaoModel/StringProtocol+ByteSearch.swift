extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte in UTF-8 (which never matches inside a
    /// character). Foundation's `contains` folds character clusters first and is many times slower; the texts
    /// searched here are printed labels and lines, where no folding is wanted.
    @inlinable
    public func containsBytes(of needle: String) -> Bool {
        let text = utf8, pattern = needle.utf8
        guard let first = pattern.first else { return true }
        var from = text.startIndex
        while let start = text[from...].firstIndex(of: first) {
            if text[start...].starts(with: pattern) { return true }
            from = text.index(after: start)
        }
        return false
    }
}
