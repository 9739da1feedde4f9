extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte in UTF-8 (which never matches inside a
    /// character). Foundation's `contains` folds character clusters first and is many times slower; the texts
    /// searched here are printed labels and lines, where no folding is wanted.
    @inlinable
    public func containsBytes(of needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in withUTF8Bytes { $0.containsBytes(pattern) } }
    }

    /// How many of the text's UTF-8 bytes are `byte` (an ASCII byte never occurs inside a character).
    @inlinable
    public func count(ofByte byte: UInt8) -> Int {
        withUTF8Bytes { text in
            var count = 0
            for other in text where other == byte { count += 1 }
            return count
        }
    }

    /// Calls `body` with the text's UTF-8 bytes in one buffer: in place for native strings and their slices, a
    /// copy otherwise. Loops over a buffer run several times faster than over a `UTF8View`'s indices.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 starts at `index` (the bytes are a Swift string's, so valid), moving past it.
    @inlinable
    public func scalar(at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(self[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0x7F >> length)
        for offset in 1..<length {
            value = value << 6 | UInt32(self[index + offset] & 0x3F)
        }
        index += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Whether `pattern` occurs in these bytes.
    @inlinable
    public func containsBytes(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard pattern.count <= count else { return false }
        var start = 0
        let last = count - pattern.count
        while start <= last {
            if self[start] == first {
                var offset = 1
                while offset < pattern.count, self[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
