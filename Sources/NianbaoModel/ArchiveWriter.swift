/// Appends values to a byte buffer in the compact form of a report archive: variable-length integers and
/// length-prefixed UTF-8 strings.
public struct ArchiveWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func write(_ value: Int) { write(Int64(value)) }

    /// Signed values in zig-zag form, so that small negative numbers stay short.
    public mutating func write(_ value: Int64) {
        write(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    public mutating func write(_ value: UInt8) { bytes.append(value) }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ text: String?) {
        write(UInt8(text == nil ? 0 : 1))
        if let text { write(text) }
    }

    public mutating func write(raw: some Collection<UInt8>) { bytes.append(contentsOf: raw) }
}
