/// The text of one line or one table cell as it is read, in UTF-8, with HTML's whitespace rules: runs of
/// whitespace become one space, none at either end, and a line break in the source between two Chinese
/// characters becomes nothing (as CSS Text prescribes and Firefox does), so a label Word wrapped in the middle
/// (`政府信息` / `公开`) reads whole.
struct HTMLTextBuffer {
    private(set) var bytes: [UInt8] = []
    /// 1-based line of the page where the first visible character stands.
    private(set) var line = 0
    private var pendingSpace = false
    private var pendingBreak = false
    /// True once something other than whitespace is held (preformatted text keeps leading spaces).
    private(set) var hasVisibleText = false

    /// Notes whitespace; it becomes a space only if visible text follows.
    /// - Parameter breaking: the whitespace holds a line break (or a block boundary inside a cell).
    @inline(__always)
    mutating func appendSpace(breaking: Bool) {
        guard hasVisibleText else { return }
        pendingSpace = true
        if breaking { pendingBreak = true }
    }

    /// Appends visible text (no whitespace in it) found at `line`.
    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>, line: Int) {
        guard let first = run.first else { return }
        resolvePendingSpace(before: first < 0x80 ? UInt32(first) : Self.firstScalar(run), line: line)
        bytes.append(contentsOf: run)
    }

    /// Appends one visible character found at `line`.
    mutating func append(_ scalar: Unicode.Scalar, line: Int) {
        resolvePendingSpace(before: scalar.value, line: line)
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// Appends a byte as it stands, whitespace included (preformatted text).
    mutating func appendLiteral(_ byte: UInt8, line: Int) {
        if bytes.isEmpty { self.line = line }
        if !HTMLScanner.isSpace(byte) { hasVisibleText = true }
        bytes.append(byte)
    }

    /// The text held, and the buffer emptied; nil when it held nothing visible.
    mutating func take() -> (text: String, line: Int)? {
        defer { clear() }
        guard hasVisibleText else { return nil }
        return (String(decoding: bytes, as: UTF8.self), line)
    }

    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingBreak = false
        hasVisibleText = false
    }

    @inline(__always)
    private mutating func resolvePendingSpace(before next: UInt32, line: Int) {
        if !hasVisibleText {
            if bytes.isEmpty { self.line = line }
            hasVisibleText = true
        } else if pendingSpace, !(pendingBreak && Self.isWide(next) && Self.isWide(lastScalar)) {
            bytes.append(0x20)
        }
        pendingSpace = false
        pendingBreak = false
    }

    /// The last character held (its code point).
    private var lastScalar: UInt32 {
        var start = bytes.count - 1
        while start > 0, bytes.count - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return Self.decode(bytes[start...])
    }

    private static func firstScalar(_ run: UnsafeBufferPointer<UInt8>) -> UInt32 {
        decode(run.prefix(4))
    }

    private static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
        return 0xFFFD
    }

    /// East Asian wide and full-width characters (CJK ideographs, kana, CJK and full-width punctuation), where
    /// a line break in the source is no space.
    @inline(__always)
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
