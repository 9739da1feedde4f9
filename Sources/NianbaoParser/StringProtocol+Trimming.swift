import NianbaoModel

extension StringProtocol {
    /// The text without leading and trailing whitespace, including NBSP and the ideographic space.
    func trimmingWhitespace() -> String {
        self[...].trimmingWhitespace()
    }

    /// The text cut to `limit` characters with an ellipsis, for quoting run-on text in a message.
    func abbreviated(to limit: Int = 60) -> String {
        count > limit ? prefix(limit) + "…" : String(self)
    }
}

extension Substring {
    /// The text without leading and trailing whitespace, including NBSP and the ideographic space: on the
    /// bytes, as this is asked of every cell.
    func trimmingWhitespace() -> String {
        var text = self
        return text.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end {
                var next = start
                guard bytes.scalar(at: &next).isSpace else { break }
                start = next
            }
            while end > start {
                // Back to the first byte of the last character (continuation bytes are 10xxxxxx).
                var lead = end - 1
                while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                var next = lead
                guard bytes.scalar(at: &next).isSpace else { break }
                end = lead
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}
