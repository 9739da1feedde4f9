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
                let length = Self.scalarLength(lead: bytes[start])
                guard Self.scalar(in: bytes, at: start, length: length).isSpace else { break }
                start += length
            }
            while end > start {
                var lead = end - 1
                while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                guard Self.scalar(in: bytes, at: lead, length: end - lead).isSpace else { break }
                end = lead
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    private static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar of `length` bytes at `index` (the bytes are a Swift string's, so valid UTF-8).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        guard length > 1 else { return Unicode.Scalar(bytes[index]) }
        var value = UInt32(bytes[index]) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
