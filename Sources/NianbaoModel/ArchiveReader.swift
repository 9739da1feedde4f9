/// Reads what an `ArchiveWriter` wrote; every read checks the bounds, so damaged bytes end in
/// `ArchiveReader.Damaged`, never in a crash.
public struct ArchiveReader {
    /// The bytes ended early or held a value that cannot be.
    public struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    public private(set) var offset: Int

    /// Reads `bytes`, which must stay valid while the reader is used.
    public init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    public mutating func readUInt64() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func readInt64() throws(Damaged) -> Int64 {
        let encoded = try readUInt64()
        return Int64(bitPattern: encoded >> 1) ^ -Int64(bitPattern: encoded & 1)
    }

    public mutating func readInt() throws(Damaged) -> Int {
        let value = try readInt64()
        guard let small = Int(exactly: value) else { throw Damaged() }
        return small
    }

    /// A count of things to follow, each at least one byte long: no larger than the bytes left.
    public mutating func readCount() throws(Damaged) -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    public mutating func readByte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func readString() throws(Damaged) -> String {
        let count = try readCount()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
    }

    public mutating func readOptionalString() throws(Damaged) -> String? {
        try readByte() == 0 ? nil : try readString()
    }

    /// The next `count` bytes, skipped.
    public mutating func readBytes(_ count: Int) throws(Damaged) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }
}
