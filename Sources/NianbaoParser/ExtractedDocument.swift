/// A report's text as lines, whatever format it came in: text files as they are, web pages and Word files
/// with each paragraph on a line and each table row on a line of tab-separated cells.
struct ExtractedDocument {
    var lines: [SourceLine]
    /// The page's `<title>`, which may be the only place a web page names the report.
    var pageTitle: String?
}
