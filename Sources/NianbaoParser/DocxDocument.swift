import Foundation

/// Word files (`.docx`): the text of `word/document.xml`, with each paragraph on a line and each table row on a
/// line of tab-separated cells (see `DocxBodyReader` for how merged cells, nested tables and revisions read).
///
/// A Word file has no lines of its own, so the lines are numbered 1, 2, 3… in document order: line N is the
/// Nth paragraph or table row of the body, a manual line break inside a paragraph starting a line of its own.
/// A diagnostic at "line 40" of a Word file therefore points at its 40th paragraph or row.
enum DocxDocument {
    /// Reads the report's lines from the bytes of a `.docx` file.
    /// - Throws: `ReportFileError` when the archive is damaged or suspicious (too many entries, a part that would
    ///   inflate beyond reason), has no `word/document.xml`, or that XML is not well formed.
    static func read(_ bytes: [UInt8], source: String) throws(ReportFileError) -> ExtractedDocument {
        do throws(DocxFailure) {
            let archive = try DocxArchive(bytes)
            guard let entry = archive.entry(DocxFailure.documentPath) else {
                throw DocxFailure.missingDocument(hint: hint(for: archive.entries.map(\.path)))
            }
            let lines = try DocxBodyReader.lines(from: try archive.contents(of: entry))
            return ExtractedDocument(lines: lines.enumerated().map { index, text in
                SourceLine(number: index + 1, text: Substring(text))
            })
        } catch {
            throw ReportFileError(path: source, reason: error.reason)
        }
    }

    /// What an archive without a Word document looks like instead, to say so in the error.
    private static func hint(for paths: [String]) -> String? {
        if paths.contains("xl/workbook.xml") { return "it looks like an Excel workbook" }
        if paths.contains("ppt/presentation.xml") { return "it looks like a PowerPoint presentation" }
        if paths.contains("content.xml") { return "it looks like an OpenDocument file" }
        if paths.isEmpty { return "the archive is empty" }
        let shown = paths.prefix(3).joined(separator: ", ")
        return "it holds " + shown + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
    }
}
