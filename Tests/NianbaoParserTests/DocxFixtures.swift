import Foundation

/// Word files made in the tests: a ZIP writer (stored or deflated entries, any sizes declared), a deflate
/// encoder small enough to trust, and WordprocessingML bodies wrapped into a complete document.
enum DocxFixtures {
    /// The committed `.docx` fixtures, made from seed reports by `Fixtures/Docx/make_docx_fixtures.py`.
    static func url(_ seed: String) -> URL {
        Fixtures.folder.appendingPathComponent("Docx").appendingPathComponent(seed + ".docx")
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// `word/document.xml` around a body's inner XML (`<w:p>…</w:p><w:tbl>…</w:tbl>`).
    static func documentXML(body: String, namespace: String = wordNamespace) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(namespace)" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    /// A complete `.docx` whose body is the given inner XML.
    static func docx(body: String, method: Entry.Method = .deflate) -> [UInt8] {
        docx(documentXML: Array(documentXML(body: body).utf8), method: method)
    }

    /// A `.docx` with the given bytes as `word/document.xml`, beside the parts Word always writes.
    static func docx(documentXML: [UInt8], method: Entry.Method = .deflate) -> [UInt8] {
        zip([
            Entry(name: "[Content_Types].xml", contents: Array(contentTypes.utf8)),
            Entry(name: "_rels/.rels", contents: Array(relationships.utf8)),
            Entry(name: "word/document.xml", contents: documentXML, method: method),
        ])
    }

    /// A paragraph of one run.
    static func paragraph(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return text.isEmpty ? "<w:p/>" : "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
    }

    /// A table; each cell is its inner `tcPr` XML and its paragraphs' texts.
    static func table(grid: Int, _ rows: [[(properties: String, paragraphs: [String])]]) -> String {
        let columns = String(repeating: "<w:gridCol w:w=\"1000\"/>", count: grid)
        let body = rows.map { row in
            "<w:tr>" + row.map { cell in
                "<w:tc><w:tcPr>\(cell.properties)</w:tcPr>" + cell.paragraphs.map(paragraph).joined() + "</w:tc>"
            }.joined() + "</w:tr>"
        }.joined()
        return "<w:tbl><w:tblPr/><w:tblGrid>\(columns)</w:tblGrid>\(body)</w:tbl>"
    }

    // MARK: - ZIP

    struct Entry {
        enum Method {
            case stored
            case deflate
            /// Already deflated bytes, written as they are.
            case raw(compressed: [UInt8])
            /// The contents as they are, under another method number.
            case other(UInt16)
        }

        var name: String
        var contents: [UInt8]
        var method: Method = .deflate
        /// Overrides for what the directory declares, to make lying archives.
        var declaredSize: UInt32?
        var declaredChecksum: UInt32?
        var flags: UInt16 = 0x0800
        /// Sizes in a ZIP64 extra field of the directory, the 32-bit ones saturated, as some writers do.
        var zip64 = false
    }

    /// A ZIP archive of the entries, with local headers, a central directory and its end record.
    static func zip(_ entries: [Entry], declaredEntryCount: UInt16? = nil) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let (method, data): (UInt16, [UInt8]) = switch entry.method {
            case .stored: (0, entry.contents)
            case .deflate: (8, FixedHuffman.deflate(entry.contents))
            case .raw(let compressed): (8, compressed)
            case .other(let method): (method, entry.contents)
            }
            let checksum = entry.declaredChecksum ?? ZipChecksum.checksum(entry.contents)
            let size = entry.declaredSize ?? UInt32(entry.contents.count)
            let name = Array(entry.name.utf8)
            let offset = UInt32(output.count)
            var local: [UInt8] = []
            local.append(le32: 0x0403_4B50)
            local.append(le16: 20); local.append(le16: entry.flags); local.append(le16: method)
            local.append(le16: 0x4A00); local.append(le16: 0x5861) // 2024-03-01 09:16
            local.append(le32: checksum); local.append(le32: UInt32(data.count)); local.append(le32: size)
            local.append(le16: UInt16(name.count)); local.append(le16: 0)
            output += local + name + data

            directory.append(le32: 0x0201_4B50)
            directory.append(le16: 0x0314); directory.append(le16: 20)
            directory.append(le16: entry.flags); directory.append(le16: method)
            directory.append(le16: 0x4A00); directory.append(le16: 0x5861)
            var extra: [UInt8] = []
            if entry.zip64 {
                extra.append(le16: 0x0001); extra.append(le16: 16)
                extra.append(le32: size); extra.append(le32: 0)
                extra.append(le32: UInt32(data.count)); extra.append(le32: 0)
                directory.append(le32: checksum); directory.append(le32: 0xFFFF_FFFF); directory.append(le32: 0xFFFF_FFFF)
            } else {
                directory.append(le32: checksum); directory.append(le32: UInt32(data.count)); directory.append(le32: size)
            }
            directory.append(le16: UInt16(name.count)); directory.append(le16: UInt16(extra.count)); directory.append(le16: 0)
            directory.append(le16: 0); directory.append(le16: 0); directory.append(le32: 0o100644 << 16)
            directory.append(le32: offset)
            directory += name + extra
        }
        let directoryOffset = UInt32(output.count)
        output += directory
        let count = declaredEntryCount ?? UInt16(entries.count)
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0); output.append(le16: 0)
        output.append(le16: count); output.append(le16: count)
        output.append(le32: UInt32(directory.count)); output.append(le32: directoryOffset)
        output.append(le16: 0)
        return output
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    private static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """
}

/// A raw deflate stream of one block with the fixed Huffman codes (RFC 1951 §3.2.6): each byte a literal, except
/// that runs of one byte become copies of length 258 at distance 1, so a zip bomb of any size is a few bits a copy.
enum FixedHuffman {
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, count: 1) // final block
        writer.write(1, count: 2) // fixed codes (01, least significant bit first)
        var index = 0
        while index < bytes.count {
            literal(bytes[index], into: &writer)
            var run = 0
            while index + 1 + run < bytes.count, bytes[index + 1 + run] == bytes[index], run < 258 { run += 1 }
            if run == 258 {
                writer.writeCode(0b1100_0101, count: 8) // length code 285: 258 bytes
                writer.writeCode(0, count: 5) // distance code 0: distance 1
                index += 1 + run
            } else {
                index += 1
            }
        }
        writer.writeCode(0, count: 7) // end of block (256)
        return writer.bytes
    }

    /// `count` copies of `byte`: one literal, then copies of 258 and literals for the rest.
    static func deflateRun(of byte: UInt8, count: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, count: 1)
        writer.write(1, count: 2)
        literal(byte, into: &writer)
        var remaining = count - 1
        while remaining >= 258 {
            writer.writeCode(0b1100_0101, count: 8)
            writer.writeCode(0, count: 5)
            remaining -= 258
        }
        for _ in 0..<remaining { literal(byte, into: &writer) }
        writer.writeCode(0, count: 7)
        return writer.bytes
    }

    private static func literal(_ byte: UInt8, into writer: inout BitWriter) {
        if byte < 144 {
            writer.writeCode(0b0011_0000 + UInt32(byte), count: 8)
        } else {
            writer.writeCode(0b1_1001_0000 + UInt32(byte) - 144, count: 9)
        }
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        private var used = 8

        /// Writes bits least significant first, as deflate stores header fields and extra bits.
        mutating func write(_ value: UInt32, count: Int) {
            for bit in 0..<count { push((value >> bit) & 1 == 1) }
        }

        /// Writes a Huffman code most significant bit first, as deflate stores codes.
        mutating func writeCode(_ code: UInt32, count: Int) {
            for bit in (0..<count).reversed() { push((code >> bit) & 1 == 1) }
        }

        private mutating func push(_ bit: Bool) {
            if used == 8 {
                bytes.append(0)
                used = 0
            }
            if bit { bytes[bytes.count - 1] |= 1 << used }
            used += 1
        }
    }
}

/// The ZIP checksum (CRC-32, polynomial 0xEDB88320).
enum ZipChecksum {
    private static let table: [UInt32] = (0..<256).map { value in
        var crc = UInt32(value)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}

extension [UInt8] {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        append(le16: UInt16(value & 0xFFFF)); append(le16: UInt16(value >> 16))
    }
}
