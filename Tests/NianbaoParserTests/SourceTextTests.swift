import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// The lines of a file as the parser reads them: every cell's line number points into them.
@Suite struct SourceTextTests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/NianbaoParserTests/Fixtures")

    static let files: [String] = Repository.seedReports.map(\.path)
        + ["Layouts/pipes.md", "Layouts/spaces.txt", "Layouts/run-together.txt", "Layouts/pdf.txt", "Layouts/variants-gb18030.txt",
           "HTML/word-004-gb2312-declared.html", "HTML/site-003-utf8.html", "Docx/003_6c24181f357a8c1b.docx"]
        .map { fixtures.appendingPathComponent($0).path }

    @Test(arguments: files)
    func everyCellLineIsALineOfTheText(_ path: String) throws {
        let report = try ReportParser.parse(fileAt: path)
        let text = try ReportParser.sourceText(ofFileAt: path)
        #expect(text.fingerprint == report.sourceFingerprint)
        let numbers = Set(text.lines.map(\.number))
        for (key, cell) in report.cells where cell.line > 0 {
            #expect(numbers.contains(Int(cell.line)), "\(key) at line \(cell.line)")
        }
    }

    /// In a text file a number's column points at it in its line, once the spaces opening a cell are passed.
    @Test(arguments: files.filter { !$0.hasSuffix(".html") && !$0.hasSuffix(".docx") })
    func numberStandsAtItsColumn(_ path: String) throws {
        let report = try ReportParser.parse(fileAt: path)
        let text = try ReportParser.sourceText(ofFileAt: path)
        #expect(text.format == .text)
        for (key, cell) in report.cells where cell.kind == .number && cell.column > 0 {
            let line = try #require(text.lines.first { $0.number == Int(cell.line) })
            let atColumn = line.text.dropFirst(Int(cell.column) - 1).drop { $0 == " " }
            #expect(atColumn.hasPrefix(cell.raw), "\(key): ‘\(cell.raw)’ at column \(cell.column) of ‘\(line.text)’")
        }
    }

    @Test func formatIsToldFromTheBytes() throws {
        #expect(try ReportParser.sourceText(ofFileAt: Self.fixtures.appendingPathComponent("HTML/word-004-gb2312-declared.html").path).format == .html)
        #expect(try ReportParser.sourceText(ofFileAt: Self.fixtures.appendingPathComponent("Docx/003_6c24181f357a8c1b.docx").path).format == .docx)
    }

    @Test func gb18030TextIsDecoded() throws {
        let text = try ReportParser.sourceText(ofFileAt: Self.fixtures.appendingPathComponent("Layouts/variants-gb18030.txt").path)
        #expect(text.lines.contains { $0.text.contains("政府信息公开") })
    }

    @Test func missingFileThrows() {
        #expect(throws: ReportFileError.self) { try ReportParser.sourceText(ofFileAt: "/nonexistent/nianbao/report.txt") }
    }
}
