import Foundation
import NianbaoModel

/// Reads annual reports into the model. Bad content never throws: the report comes back with
/// diagnostics saying what could not be read. Only reading the file itself can fail.
public enum ReportParser {
    /// Files larger than this are not reports; reading them would only waste memory.
    public static let maximumFileSize = 50 * 1024 * 1024

    /// Reads the report in a file.
    /// - Throws: `ReportFileError` when the file cannot be read or is not text.
    public static func parse(fileAt path: String) throws -> Report {
        let bytes = try read(fileAt: path)
        var report = try parse(bytes: bytes, source: path)
        report.sourceFingerprint = SourceText.fingerprint(of: bytes)
        return report
    }

    /// The lines of a report file as the parser reads them (decoded, or extracted from a page or Word file),
    /// numbered as its cells' lines are, to show the text around a cell.
    /// - Throws: `ReportFileError` when the file cannot be read or is not a report in any format read here.
    public static func sourceText(ofFileAt path: String) throws -> SourceText {
        let bytes = try read(fileAt: path)
        let (format, document) = try extract(bytes, source: path)
        return SourceText(format: format, lines: document.lines.map { SourceText.Line(number: $0.number, text: String($0.text)) },
                          fingerprint: SourceText.fingerprint(of: bytes))
    }

    private static func read(fileAt path: String) throws(ReportFileError) -> [UInt8] {
        // stat follows a link to the file it names, whose type and size are what count.
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ReportFileError(path: path, reason: "cannot read it (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReportFileError(path: path, reason: "it is a folder, not a file")
        // A device or a pipe may never end (`/dev/zero`) or never start (a FIFO nobody writes to).
        default: throw ReportFileError(path: path, reason: "it is not a regular file (a device, pipe or socket), so not a report")
        }
        guard status.st_size <= maximumFileSize else { throw tooLarge(path, size: Int(status.st_size)) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ReportFileError(path: path, reason: "cannot read it (\(String(cString: strerror(errno))))")
        }
        let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do {
            // One byte past the limit tells a file that grew since stat from one that is just at it.
            data = try file.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw ReportFileError(path: path, reason: "cannot read it (\(Self.describe(error)))")
        }
        guard data.count <= maximumFileSize else { throw tooLarge(path, size: data.count) }
        return [UInt8](data)
    }

    private static func tooLarge(_ path: String, size: Int) -> ReportFileError {
        ReportFileError(path: path, reason: "it is \((size + 1_048_575) / 1_048_576) MB, more than the \(maximumFileSize / 1_048_576) MB a report can be")
    }

    /// Reads a report from a file's bytes, whatever its format (docx, HTML or text) and encoding.
    /// - Throws: `ReportFileError` when the bytes are not a report in any format read here.
    public static func parse(bytes: [UInt8], source: String) throws(ReportFileError) -> Report {
        parse(try extract(bytes, source: source).document, source: source)
    }

    /// The lines of a file's bytes in whichever format they are, and that format.
    private static func extract(_ bytes: [UInt8], source: String) throws(ReportFileError) -> (format: SourceText.Format, document: ExtractedDocument) {
        switch DocumentFormat.sniff(bytes) {
        case .docx:
            return (.docx, try DocxDocument.read(bytes, source: source))
        case .html:
            return (.html, try HTMLDocument.read(bytes, source: source))
        case .text:
            if let signature = BinarySignature.of(bytes) {
                throw ReportFileError(path: source, reason: signature.reason)
            }
            if bytes.prefix(4096).contains(0), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) {
                throw ReportFileError(path: source, reason: "it is a binary file, not a report")
            }
            guard let decoded = TextDecoder.decode(bytes) else {
                throw ReportFileError(path: source, reason: "its text is neither UTF-8, UTF-16 nor GB18030")
            }
            // A web page saved as UTF-16 shows its markup only once decoded.
            if decoded.encoding != .utf8, decoded.encoding != .gb18030, DocumentFormat.sniff(Array(decoded.text.utf8.prefix(2048))) == .html {
                return (.html, try HTMLDocument.read(Array(decoded.text.utf8), source: source))
            }
            return (.text, ExtractedDocument(lines: SourceLine.split(decoded.text)))
        }
    }

    /// Reads a report from its text.
    public static func parse(text: String, source: String) -> Report {
        parse(ExtractedDocument(lines: SourceLine.split(text)), source: source)
    }

    /// Reads a report from the lines of any format; tables arrive as rows of tab-separated cells.
    static func parse(_ document: ExtractedDocument, source: String) -> Report {
        let lines = document.lines
        let sections = Section.locate(in: lines)
        var identity = TitleReader.read(lines, limit: sections.first?.headingIndex ?? min(lines.count, 10))
        if identity.agency == nil || identity.year == nil, let pageTitle = document.pageTitle {
            // A web page may name the report only in its <title>, or name there what its heading leaves out.
            let page = TitleReader.read([SourceLine(number: 0, text: Substring(pageTitle))], limit: 1)
            if identity.title.isEmpty {
                identity = page
            } else {
                identity.agency = identity.agency ?? page.agency
                identity.year = identity.year ?? page.year
            }
        }
        var report = Report(source: source, title: identity.title, year: identity.year, agency: identity.agency)
        if report.year == nil, let period = StatisticsPeriod.year(in: lines) {
            report.year = period.year
            report.diagnostics.append(Diagnostic(severity: .info, code: "parse.year_from_period",
                                                 message: "the title names no year; \(period.year) is the year of the statistics period",
                                                 line: period.line))
        }
        if identity.title.isEmpty {
            report.diagnostics.append(Diagnostic(severity: .warning, code: "parse.no_title",
                                                 message: "no title naming the report's year and agency was found"))
        } else if report.year == nil || identity.agency == nil {
            let missing = [report.year == nil ? "year" : nil, identity.agency == nil ? "agency" : nil].compactMap { $0 }
            report.diagnostics.append(Diagnostic(severity: .warning, code: "parse.identity",
                                                 message: "the title does not name the \(missing.joined(separator: " or "))",
                                                 line: identity.line))
        }

        var tableHeadings: Set<Int> = []
        for table in TableID.allCases {
            let candidates = sections.filter { $0.kind == .table(table) }
            guard !candidates.isEmpty else {
                report.diagnostics.append(Diagnostic(severity: .error, code: "template.missing_table",
                                                     message: "\(table.title) not found",
                                                     cells: report[table].template.keys))
                continue
            }
            // The heading may stand twice, once over a paragraph of the narrative and once over the table
            // (tables printed as an appendix): the reading that finds most cells is the table.
            let readings = candidates.map { section in (section, read(table, in: section, lines: lines, year: report.year, into: report)) }
            let best = readings.max { $0.1[table].cells.filter { $0.kind != .missing }.count < $1.1[table].cells.filter { $0.kind != .missing }.count }!
            report = best.1
            tableHeadings.insert(best.0.headingIndex)
        }
        report.narrative = narrative(lines, sections: sections, tables: tableHeadings, titleLine: identity.lastLine)
        return report
    }

    /// The report with one table read from one section.
    private static func read(_ table: TableID, in section: Section, lines: [SourceLine], year: Int?, into report: Report) -> Report {
        var report = report
        let grid = TableGrid(lines: lines[section.body])
        let headingLine = lines[section.headingIndex].number
        switch table {
        case .t2, .t3:
            RowTableReader(table: table).read(grid, year: year, headingLine: headingLine, into: &report)
        case .t4:
            Table4Reader().read(grid, headingLine: headingLine, into: &report)
        }
        return report
    }

    /// The text outside the tables: the preface after the title, then each section that is not a table read
    /// (`tables` holds the headings of those).
    private static func narrative(_ lines: [SourceLine], sections: [Section], tables: Set<Int>, titleLine: Int) -> [NarrativeSection] {
        // Blank lines stay (all but trailing ones), so that line k of a body is line k after its heading in the file.
        func body(_ range: Range<Int>) -> String {
            var texts = lines[range].map { $0.text.trimmingWhitespace() }
            while texts.last?.isEmpty == true { texts.removeLast() }
            return texts.joined(separator: "\n")
        }
        var result: [NarrativeSection] = []
        let prefaceEnd = sections.first?.headingIndex ?? lines.count
        let preface = body(min(titleLine, prefaceEnd)..<prefaceEnd)
        if !preface.isEmpty { result.append(NarrativeSection(heading: "", body: preface, line: titleLine + 1)) }
        for section in sections where !tables.contains(section.headingIndex) {
            let heading = lines[section.headingIndex]
            result.append(NarrativeSection(heading: heading.text.trimmingWhitespace(), body: body(section.body), line: heading.number))
        }
        return result
    }

    private static func describe(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
