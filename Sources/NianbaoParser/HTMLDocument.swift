/// Web pages (a report saved from a government site, or a Word document saved as a web page), read into
/// lines by a tolerant reader over the page's bytes: paragraphs become lines, each row of a data table a
/// line of tab-separated cells, and the page's `<title>` is kept for reports that are named only there.
///
/// The reader never fails on content: whatever the markup, it gives the lines it could find (none for a page
/// without text). It keeps no tree and never recurses, so deep nesting costs nothing, and it works on bytes,
/// making strings only for the lines it keeps.
enum HTMLDocument {
    static func read(_ bytes: [UInt8], source: String) throws(ReportFileError) -> ExtractedDocument {
        let page = HTMLCharset.utf8Bytes(bytes)
        return page.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(buffer)
            var tokens = tokenizer.tokenize()
            HTMLTableClassifier.markDataTables(&tokens)
            var builder = HTMLLineBuilder(page: buffer)
            builder.read(tokens)
            return ExtractedDocument(lines: builder.lines, pageTitle: tokenizer.title.flatMap(builder.text(of:)))
        }
    }
}
