/// Byte-level helpers shared by the tokenizer and the charset sniffer: ASCII-only comparisons and searches
/// over a page's bytes, which work the same for UTF-8 and GB18030 (no GB byte after a lead byte is `<`, `>`,
/// `=`, a quote or whitespace).
enum HTMLScanner {
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// A byte that ends a tag name: whitespace, `/` or `>`.
    @inline(__always)
    static func isTagNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    /// True when the bytes at `index` spell `text` (ASCII, any case).
    static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pattern = text.utf8Start
        for offset in 0..<count where lowercased(buffer[index + offset]) != lowercased(pattern[offset]) {
            return false
        }
        return true
    }

    /// The index of the next `text` (exact bytes) at or after `start`.
    static func find(_ buffer: UnsafeBufferPointer<UInt8>, _ text: StaticString, from start: Int, end: Int) -> Int? {
        let first = text.utf8Start[0]
        var index = start
        while index < end {
            if buffer[index] == first, hasPrefix(buffer, at: index, end: end, text) { return index }
            index += 1
        }
        return nil
    }

    /// The index of the next `byte` at or after `start`.
    @inline(__always)
    static func find(_ buffer: UnsafeBufferPointer<UInt8>, byte: UInt8, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if buffer[index] == byte { return index }
            index += 1
        }
        return nil
    }

    static func equalsIgnoringCase(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && hasPrefix(buffer, at: range.lowerBound, end: range.upperBound, text)
    }

    /// The bytes of a range as text (broken sequences replaced).
    static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    /// A decimal attribute value such as `3` or `"3"` (leading spaces allowed); nil when it starts with no digit.
    static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound, isSpace(buffer[index]) { index += 1 }
        var value = 0, digits = 0
        while index < range.upperBound, buffer[index] >= UInt8(ascii: "0"), buffer[index] <= UInt8(ascii: "9") {
            value = min(value * 10 + Int(buffer[index] - UInt8(ascii: "0")), 1_000_000)
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }

    /// The index just past the `>` ending a tag whose attributes are not needed (or `end`): the same end as
    /// `scanAttributes` finds, in a tighter loop. A quote opens a value only right after `=`.
    static func skipAttributes(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let byte = buffer[index]
            index += 1
            if byte == UInt8(ascii: ">") { return index }
            guard byte == UInt8(ascii: "=") else { continue }
            while index < end, isSpace(buffer[index]) { index += 1 }
            guard index < end else { return end }
            let quote = buffer[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            if let close = find(buffer, byte: quote, from: index + 1, end: end) {
                index = close + 1
            } else {
                return min((find(buffer, byte: UInt8(ascii: ">"), from: index + 1, end: end) ?? end) + 1, end)
            }
        }
        return end
    }

    /// Reads the attributes of a tag from just after its name, calling `visit` with each name and value
    /// (nil for a bare attribute), and returns the index just past the tag's `>` (or `end`). Quoted values may
    /// hold `>`; a quote that is never closed ends at the next `>`.
    @inline(__always)
    static func scanAttributes(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                               _ visit: (Range<Int>, Range<Int>?) -> Void) -> Int {
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if isSpace(byte) || byte == UInt8(ascii: "/") { index += 1; continue }
            let nameStart = index
            index += 1
            while index < end {
                let next = buffer[index]
                if isTagNameEnd(next) || next == UInt8(ascii: "=") { break }
                index += 1
            }
            let name = nameStart..<index
            var cursor = index
            while cursor < end, isSpace(buffer[cursor]) { cursor += 1 }
            guard cursor < end, buffer[cursor] == UInt8(ascii: "=") else {
                visit(name, nil)
                index = cursor
                continue
            }
            cursor += 1
            while cursor < end, isSpace(buffer[cursor]) { cursor += 1 }
            guard cursor < end else { return end }
            let quote = buffer[cursor]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                if let close = find(buffer, byte: quote, from: cursor + 1, end: end) {
                    visit(name, (cursor + 1)..<close)
                    index = close + 1
                } else {
                    let close = find(buffer, byte: UInt8(ascii: ">"), from: cursor + 1, end: end) ?? end
                    visit(name, (cursor + 1)..<close)
                    return min(close + 1, end)
                }
            } else {
                let valueStart = cursor
                while cursor < end, !isSpace(buffer[cursor]), buffer[cursor] != UInt8(ascii: ">") { cursor += 1 }
                visit(name, valueStart..<cursor)
                index = cursor
            }
        }
        return end
    }
}
