/// Web pages: not read yet.
enum HTMLDocument {
    static func read(_ bytes: [UInt8], source: String) throws(ReportFileError) -> ExtractedDocument {
        throw ReportFileError(path: source, reason: "it is a web page, which this version cannot read yet")
    }
}
