/// Why a Word file could not be read; every case becomes a `ReportFileError` whose reason says what is wrong.
enum DocxFailure: Error, Equatable {
    /// The bytes start like a ZIP archive but no end-of-directory record was found.
    case noDirectory
    /// The directory or a local header is not where the archive says, or does not fit in the file.
    case damagedDirectory(String)
    case tooManyEntries(Int)
    /// The archive has no `word/document.xml`; `hint` says what it looks like instead, if anything.
    case missingDocument(hint: String?)
    case encrypted
    case unsupportedCompression(UInt16)
    case documentTooLarge(UInt64)
    case suspiciousCompression(compressed: UInt64, uncompressed: UInt64)
    case inflatesPastDeclaredSize(UInt64)
    case dataCutShort
    case corruptData
    case sizeMismatch(declared: UInt64, actual: Int)
    case checksumMismatch
    case declaresDTD
    case malformedXML(line: Int, column: Int, problem: String)
    case noBody

    /// The part the reader needs: the only entry of the archive it inflates.
    static let documentPath = "word/document.xml"

    /// Completes "path: …" in a `ReportFileError`.
    var reason: String {
        let document = Self.documentPath
        switch self {
        case .noDirectory:
            return "it starts like a Word file (a ZIP archive) but has no ZIP directory at its end: it is truncated or damaged"
        case .damagedDirectory(let what):
            return "it is a Word file whose ZIP directory is damaged (\(what))"
        case .tooManyEntries(let count):
            return "it is a ZIP archive of \(count) entries, more than the \(DocxArchive.maximumEntryCount) a Word file may have"
        case .missingDocument(let hint):
            return "it is a ZIP archive without \(document), so not a Word document" + (hint.map { " (\($0))" } ?? "")
        case .encrypted:
            return "its \(document) is encrypted"
        case .unsupportedCompression(let method):
            return "its \(document) is compressed with ZIP method \(method), which Word never uses"
        case .documentTooLarge(let size):
            return "its \(document) would inflate to \(Self.megabytes(size)), more than the \(Self.megabytes(DocxArchive.maximumDocumentSize)) a report can be"
        case .suspiciousCompression(let compressed, let uncompressed):
            let ratio = uncompressed / max(compressed, 1)
            return "its \(document) would inflate from \(compressed) bytes to \(uncompressed) (\(ratio):1), which is a zip bomb, not a report"
        case .inflatesPastDeclaredSize(let declared):
            return "its \(document) inflates to more than the \(declared) bytes it declares: a zip bomb or a damaged file"
        case .dataCutShort:
            return "its \(document) is cut short: its compressed data ends before the document does"
        case .corruptData:
            return "its \(document) cannot be inflated: the compressed data is corrupt"
        case .sizeMismatch(let declared, let actual):
            return "its \(document) is damaged: it inflates to \(actual) bytes, not the \(declared) it declares"
        case .checksumMismatch:
            return "its \(document) is damaged: its checksum does not match"
        case .declaresDTD:
            return "its \(document) declares a DTD, which Word never writes (refused: entities could expand without bound)"
        case .malformedXML(let line, let column, let problem):
            return "its \(document) is not well-formed XML (line \(line), column \(column): \(problem))"
        case .noBody:
            return "its \(document) has no document body (w:body), so it is not a Word document"
        }
    }

    private static func megabytes(_ size: UInt64) -> String {
        size >= 1_048_576 ? "\(size / 1_048_576) MB" : "\(size) bytes"
    }
}
