import Foundation
import ZIPFoundation

/// A Word file's ZIP container read from memory: its directory, and the inflated bytes of the one entry the
/// reader needs, behind guards against damaged archives and zip bombs.
///
/// The directory is read here rather than through ZIPFoundation's `Archive`: `Archive.extract` (0.9.20) never
/// returns when an entry's deflate stream is cut short while the archive's directory is intact (it keeps asking
/// for input past the end of the file), and the guards need every size before anything is inflated.
/// ZIPFoundation's inflater is used, fed from a buffer that ends where the entry's data ends.
struct DocxArchive {
    /// One file in the archive, as its directory describes it.
    struct Entry {
        let path: String
        let flags: UInt16
        let method: UInt16
        let checksum: UInt32
        let compressedSize: UInt64
        let uncompressedSize: UInt64
        let localHeaderOffset: UInt64

        var isEncrypted: Bool { flags & 0x0001 != 0 }
    }

    /// A Word file has a few dozen entries (a few hundred with many images); more is not a report.
    static let maximumEntryCount = 10_000
    /// The XML of a report is a few megabytes at most.
    static let maximumDocumentSize: UInt64 = 64 * 1_048_576
    /// Word's XML compresses about 10:1; a part larger than `ratioCheckedAbove` that compresses better than this
    /// is a bomb.
    static let maximumCompressionRatio: UInt64 = 100
    static let ratioCheckedAbove: UInt64 = 1_048_576

    let entries: [Entry]
    private let bytes: [UInt8]

    /// Reads the archive's directory.
    init(_ bytes: [UInt8]) throws(DocxFailure) {
        self.bytes = bytes
        let reader = ByteReader(bytes: bytes)
        guard let end = Self.endOfDirectory(in: reader) else { throw .noDirectory }
        var count = UInt64(end.entryCount)
        var directoryOffset = UInt64(end.directoryOffset)
        if end.entryCount == 0xFFFF || end.directoryOffset == 0xFFFF_FFFF,
           let zip64 = Self.zip64EndOfDirectory(in: reader, before: end.offset) {
            count = zip64.entryCount
            directoryOffset = zip64.directoryOffset
        }
        guard count <= UInt64(Self.maximumEntryCount) else { throw .tooManyEntries(Int(clamping: count)) }
        guard directoryOffset < UInt64(end.offset) else {
            throw .damagedDirectory("the directory starts at byte \(directoryOffset), past its end at byte \(end.offset)")
        }

        var entries: [Entry] = []
        var offset = Int(directoryOffset)
        for index in 0..<Int(count) {
            guard reader.uint32(at: offset) == 0x0201_4B50,
                  let flags = reader.uint16(at: offset + 8), let method = reader.uint16(at: offset + 10),
                  let checksum = reader.uint32(at: offset + 16),
                  let compressed = reader.uint32(at: offset + 20), let uncompressed = reader.uint32(at: offset + 24),
                  let nameLength = reader.uint16(at: offset + 28), let extraLength = reader.uint16(at: offset + 30),
                  let commentLength = reader.uint16(at: offset + 32), let localOffset = reader.uint32(at: offset + 42),
                  let name = reader.slice(at: offset + 46, count: Int(nameLength)),
                  let extra = reader.slice(at: offset + 46 + Int(nameLength), count: Int(extraLength))
            else {
                throw .damagedDirectory("entry \(index + 1) of \(count) is not where the directory says")
            }
            var sizes = (uncompressed: UInt64(uncompressed), compressed: UInt64(compressed), offset: UInt64(localOffset))
            Self.applyZip64Extra(extra, to: &sizes)
            // Some zippers write Windows separators; Word always writes `/`.
            let path = String(decoding: name, as: UTF8.self).replacingOccurrences(of: "\\", with: "/")
            entries.append(Entry(path: path, flags: flags, method: method, checksum: checksum,
                                 compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed,
                                 localHeaderOffset: sizes.offset))
            offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        self.entries = entries
    }

    /// The first entry with this path.
    func entry(_ path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// The entry's bytes, inflated and checked against its size and checksum.
    func contents(of entry: Entry) throws(DocxFailure) -> Data {
        guard !entry.isEncrypted else { throw .encrypted }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedCompression(entry.method) }
        guard entry.uncompressedSize <= Self.maximumDocumentSize else { throw .documentTooLarge(entry.uncompressedSize) }
        if entry.uncompressedSize > Self.ratioCheckedAbove,
           entry.uncompressedSize / max(entry.compressedSize, 1) > Self.maximumCompressionRatio {
            throw .suspiciousCompression(compressed: entry.compressedSize, uncompressed: entry.uncompressedSize)
        }
        let data = try compressedData(of: entry)
        let output: Data
        let checksum: CRC32
        if entry.method == 0 {
            guard UInt64(data.count) == entry.uncompressedSize else {
                throw .sizeMismatch(declared: entry.uncompressedSize, actual: data.count)
            }
            output = data
            checksum = data.crc32(checksum: 0)
        } else {
            (output, checksum) = try Self.inflate(data, declaredSize: entry.uncompressedSize)
        }
        guard UInt64(output.count) == entry.uncompressedSize else {
            throw .sizeMismatch(declared: entry.uncompressedSize, actual: output.count)
        }
        guard checksum == entry.checksum else { throw .checksumMismatch }
        return output
    }

    // MARK: - Reading the directory

    private struct EndOfDirectory {
        let offset: Int
        let entryCount: UInt16
        let directoryOffset: UInt32
    }

    /// The end-of-directory record, searched backwards over the at most 64 KB comment that may follow it.
    private static func endOfDirectory(in reader: ByteReader) -> EndOfDirectory? {
        let recordSize = 22
        guard reader.bytes.count >= recordSize else { return nil }
        let last = reader.bytes.count - recordSize
        for offset in stride(from: last, through: max(0, last - 0xFFFF), by: -1)
        where reader.uint32(at: offset) == 0x0605_4B50 {
            guard let count = reader.uint16(at: offset + 10), let directory = reader.uint32(at: offset + 16),
                  let commentLength = reader.uint16(at: offset + 20),
                  offset + recordSize + Int(commentLength) <= reader.bytes.count else { continue }
            return EndOfDirectory(offset: offset, entryCount: count, directoryOffset: directory)
        }
        return nil
    }

    /// The ZIP64 end-of-directory record, for archives whose counts or offsets overflow 16 or 32 bits.
    private static func zip64EndOfDirectory(in reader: ByteReader, before end: Int) -> (entryCount: UInt64, directoryOffset: UInt64)? {
        guard reader.uint32(at: end - 20) == 0x0706_4B50, let recordOffset = reader.uint64(at: end - 12),
              recordOffset < UInt64(end), reader.uint32(at: Int(recordOffset)) == 0x0606_4B50,
              let count = reader.uint64(at: Int(recordOffset) + 32),
              let directory = reader.uint64(at: Int(recordOffset) + 48) else { return nil }
        return (count, directory)
    }

    /// Replaces the 32-bit sizes and offset saturated at 0xFFFFFFFF with those of the ZIP64 extra field.
    private static func applyZip64Extra(_ extra: ArraySlice<UInt8>, to sizes: inout (uncompressed: UInt64, compressed: UInt64, offset: UInt64)) {
        let reader = ByteReader(bytes: Array(extra))
        var position = 0
        while let id = reader.uint16(at: position), let length = reader.uint16(at: position + 2) {
            if id == 0x0001 {
                var field = position + 4
                let end = field + Int(length)
                func next() -> UInt64? {
                    guard field + 8 <= end, let value = reader.uint64(at: field) else { return nil }
                    field += 8
                    return value
                }
                if sizes.uncompressed == 0xFFFF_FFFF, let value = next() { sizes.uncompressed = value }
                if sizes.compressed == 0xFFFF_FFFF, let value = next() { sizes.compressed = value }
                if sizes.offset == 0xFFFF_FFFF, let value = next() { sizes.offset = value }
                return
            }
            position += 4 + Int(length)
        }
    }

    /// The entry's stored bytes, found through its local header.
    private func compressedData(of entry: Entry) throws(DocxFailure) -> Data {
        let reader = ByteReader(bytes: bytes)
        let header = Int(clamping: entry.localHeaderOffset)
        guard reader.uint32(at: header) == 0x0403_4B50,
              let nameLength = reader.uint16(at: header + 26), let extraLength = reader.uint16(at: header + 28) else {
            throw .damagedDirectory("the local header of \(entry.path) is not where the directory says")
        }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        guard entry.compressedSize <= UInt64(bytes.count), start + Int(entry.compressedSize) <= bytes.count else {
            throw .dataCutShort
        }
        return Data(bytes[start..<(start + Int(entry.compressedSize))])
    }

    // MARK: - Inflating

    private enum InflateStop: Error {
        case needsMoreInput
        case pastDeclaredSize
    }

    /// Inflates a raw deflate stream, never past `declaredSize` bytes and never reading past the given data.
    private static func inflate(_ compressed: Data, declaredSize: UInt64) throws(DocxFailure) -> (Data, CRC32) {
        guard !compressed.isEmpty else { throw .dataCutShort }
        // ZIPFoundation's inflater tells zlib a whole buffer of input is there whatever the chunk's length, so
        // the one chunk handed over is exactly a buffer long; a stream unfinished after it asks for more, which
        // is refused rather than answered with nothing (which it would ask for again forever).
        let bufferSize = compressed.count
        var handedOver = false
        var output = Data()
        output.reserveCapacity(Int(declaredSize))
        do {
            let checksum = try Data.decompress(
                size: Int64(bufferSize), bufferSize: bufferSize, skipCRC32: false,
                provider: { _, _ in
                    guard !handedOver else { throw InflateStop.needsMoreInput }
                    handedOver = true
                    return compressed
                },
                consumer: { chunk in
                    guard UInt64(output.count + chunk.count) <= declaredSize else { throw InflateStop.pastDeclaredSize }
                    output.append(chunk)
                })
            return (output, checksum)
        } catch InflateStop.needsMoreInput {
            throw .dataCutShort
        } catch InflateStop.pastDeclaredSize {
            throw .inflatesPastDeclaredSize(declaredSize)
        } catch {
            throw .corruptData
        }
    }
}

/// Little-endian integers at byte offsets, nil when they would run past the end.
private struct ByteReader {
    let bytes: [UInt8]

    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32? {
        guard let low = uint16(at: offset), let high = uint16(at: offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    func uint64(at offset: Int) -> UInt64? {
        guard let low = uint32(at: offset), let high = uint32(at: offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { return nil }
        return bytes[offset..<(offset + count)]
    }
}
