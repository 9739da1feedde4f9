/// What a binary file is, told by its first bytes (its "magic number"), to say so when it is refused: a PDF or
/// an old `.doc` saved under a report's name is a common mistake, and naming it says what to do instead.
struct BinarySignature {
    /// What the file is: `a PDF`, `a PNG image`.
    let kind: String
    /// What to do instead, when there is something.
    let advice: String?

    /// The format the bytes start; nil when they start like no binary format known here. Only signatures no
    /// text starts with are here, and no ZIP archive: those are read as Word files.
    static func of(_ bytes: [UInt8]) -> BinarySignature? {
        signatures.first { bytes.starts(with: $0.prefix) }?.signature
    }

    /// Completes "path: …" in a `ReportFileError`.
    var reason: String {
        "it is a binary file (looks like \(kind)), not a report" + (advice.map { ": " + $0 } ?? "")
    }

    private static let signatures: [(prefix: [UInt8], signature: BinarySignature)] = [
        (Array("%PDF-".utf8), BinarySignature(kind: "a PDF", advice: "copy its text into a .txt file, or load the report's web page or Word file")),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], BinarySignature(kind: "an old Word or Excel file (.doc, .xls)", advice: "save it as .docx")),
        (Array("{\\rtf".utf8), BinarySignature(kind: "an RTF document", advice: "save it as .docx")),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], BinarySignature(kind: "a PNG image", advice: nil)),
        ([0xFF, 0xD8, 0xFF], BinarySignature(kind: "a JPEG image", advice: nil)),
        (Array("GIF87a".utf8), BinarySignature(kind: "a GIF image", advice: nil)),
        (Array("GIF89a".utf8), BinarySignature(kind: "a GIF image", advice: nil)),
        ([0x7F, 0x45, 0x4C, 0x46], BinarySignature(kind: "an ELF program", advice: nil)),
        ([0x1F, 0x8B, 0x08], BinarySignature(kind: "a gzip archive", advice: "unpack it first")),
        (Array("Rar!\u{1A}\u{7}".utf8), BinarySignature(kind: "a RAR archive", advice: "unpack it first")),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], BinarySignature(kind: "a 7-Zip archive", advice: "unpack it first")),
        (Array("SQLite format 3\u{0}".utf8), BinarySignature(kind: "an SQLite database", advice: nil)),
    ]
}
