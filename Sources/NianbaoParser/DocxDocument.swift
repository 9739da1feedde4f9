/// Word files: not read yet.
enum DocxDocument {
    static func read(_ bytes: [UInt8], source: String) throws(ReportFileError) -> ExtractedDocument {
        throw ReportFileError(path: source, reason: "it is a Word file, which this version cannot read yet")
    }
}
