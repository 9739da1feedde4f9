import Foundation
import NianbaoModel
@testable import NianbaoParser
import NianbaoTestSupport
import Testing

/// Seed reports rewritten as the web pages reports come as (Fixtures/HTML, made by make_html.py): every cell
/// must read as the hand-verified golden file of the seed says, whatever the markup, encoding and page around it.
@Suite struct HTMLGoldenTests {
    struct Page: CustomTestStringConvertible, Sendable {
        let file: String
        let seed: String
        /// Page lines of a few cells, found by reading the page by hand: the `<tr>` of the cell's row.
        let cellLines: [String: Int]
        /// The page line of the first line read (the title, or the first text of the page).
        let firstLine: Int

        var testDescription: String { file }
        var url: URL { HTMLGoldenTests.folder.appendingPathComponent(file) }
    }

    static let folder = Fixtures.folder.appendingPathComponent("HTML")

    static let pages = [
        Page(file: "word-003-gb2312-undeclared.html", seed: "003_6c24181f357a8c1b.txt",
             cellLines: ["t2.penalty.decisions": 232, "t3.new.natural": 362, "t3.new.total": 362, "t4.suit_after_review.total": 1570],
             firstLine: 49),
        Page(file: "word-004-gb2312-declared.html", seed: "004_22ae0dcbb7cafc77.txt",
             cellLines: ["t2.procurement.amount": 414, "t3.new.natural": 506, "t4.review.upheld": 1625],
             firstLine: 51),
        Page(file: "site-003-utf8.html", seed: "003_6c24181f357a8c1b.txt",
             cellLines: ["t2.penalty.decisions": 59, "t3.new.natural": 85],
             firstLine: 18),
    ]

    @Test(arguments: pages)
    func everyCellMatchesTheSeedsGolden(_ page: Page) throws {
        let golden = try GoldenReport(contentsOf: Fixtures.golden(page.seed))
        let report = try ReportParser.parse(fileAt: page.url.path)

        // Line numbers are the page's own, checked below.
        let differences = golden.differences(from: report, exactLines: false)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    }

    @Test(arguments: pages)
    func cellsPointToTheirRowsInThePage(_ page: Page) throws {
        let report = try ReportParser.parse(fileAt: page.url.path)
        for (key, line) in page.cellLines {
            let fieldKey = try #require(FieldKey(key))
            let cell = try #require(report[fieldKey])
            #expect(Int(cell.line) == line, "\(key)")
        }
        let document = try HTMLDocument.read([UInt8](try Data(contentsOf: page.url)), source: page.file)
        #expect(document.lines.first?.number == page.firstLine)
    }

    /// CRLF line ends, the other encoding, a BOM: the same cells on the same lines.
    @Test(arguments: pages)
    func alteredFormsGiveTheSameModel(_ page: Page) throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let bytes = [UInt8](try Data(contentsOf: page.url))
        let isUTF8 = String(bytes: bytes, encoding: .utf8) != nil
        let text = try #require(isUTF8 ? String(bytes: bytes, encoding: .utf8) : String(data: Data(bytes), encoding: gb18030))
        let original = try ReportParser.parse(bytes: bytes, source: page.file)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let variants: [(String, [UInt8])] = [
            ("CRLF", isUTF8 ? Array(crlf.utf8) : [UInt8](try #require(crlf.data(using: gb18030)))),
            ("other encoding", isUTF8 ? [UInt8](try #require(text.data(using: gb18030))) : Array(text.utf8)),
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
        ]
        for (name, altered) in variants {
            #expect(altered != bytes)
            let report = try ReportParser.parse(bytes: altered, source: page.file)
            #expect(report.year == original.year && report.agency == original.agency, "\(name)")
            let expected = original.cells.map { "\($0.key) \(GoldenReport.ExpectedCell($0.cell))" }
            let read = report.cells.map { "\($0.key) \(GoldenReport.ExpectedCell($0.cell))" }
            #expect(read == expected, "\(name)")
            #expect(report.diagnostics.map(\.code) == original.diagnostics.map(\.code), "\(name)")
        }
    }

    @Test func pagesAreWhatTheirNamesSay() throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        for page in Self.pages {
            let bytes = [UInt8](try Data(contentsOf: page.url))
            let isUTF8 = String(bytes: bytes, encoding: .utf8) != nil
            #expect(isUTF8 == page.file.contains("utf8"), "\(page.file)")
            #expect(DocumentFormat.sniff(bytes) == .html)
            let text = try #require(isUTF8 ? String(bytes: bytes, encoding: .utf8) : String(data: Data(bytes), encoding: gb18030))
            #expect(text.contains("charset") == !page.file.contains("undeclared"), "\(page.file)")
        }
    }

    @Test func wordPagesKeepWordsMarkup() throws {
        var text = ""
        for name in ["word-003-gb2312-undeclared.html", "word-004-gb2312-declared.html"] {
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            text += try #require(String(data: bytes, encoding: String.Encoding(rawValue: 0x8000_0632)))
        }
        for marker in ["class=MsoNormal", "<o:p></o:p>", "<span lang=EN-US>", "<![if !supportLists]>", "rowspan=", "colspan=",
                       "<![if !supportMisalignedColumns]>", "11601</span><span lang=EN-US"] {
            #expect(text.contains(marker), "\(marker)")
        }
    }

    @Test func siteNamesTheReportOnlyInItsTitle() throws {
        let url = Self.folder.appendingPathComponent("site-003-utf8.html")
        let document = try HTMLDocument.read([UInt8](try Data(contentsOf: url)), source: "site.html")
        #expect(!document.lines.contains { TitleReader.isTitle($0.text) })
        #expect(document.pageTitle == "杭州市拱墅区统计局2023年度政府信息公开工作年度报告_统计信息_杭州市拱墅区人民政府")
        let text = document.lines.map { String($0.text) }
        #expect(text.contains("首页"), "the navigation is read")
        #expect(!text.contains { $0.contains("不是单元格") || $0.contains("脚本里的段落") }, "scripts are not")
        #expect(!text.contains { $0.contains("2022年度") }, "comments are not")
    }

    /// A report written as a page from the start (not from a seed): its values are the generator's.
    @Test func newReportLoadsCleanly() throws {
        let url = Self.folder.appendingPathComponent("word-2022-gongshu-stats-utf8.html")
        let report = try ReportParser.parse(fileAt: url.path)
        #expect(report.year == 2022)
        #expect(report.agency == "杭州市拱墅区统计局")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        #expect(report.cells.allSatisfy { $0.cell.kind == .number && !$0.cell.isDoubtful })
        #expect(report[FieldKey("t2.penalty.decisions")!]?.value == DecimalNumber(126))
        #expect(report[FieldKey("t3.new.total")!]?.value == DecimalNumber(7))
        #expect(report[FieldKey("t4.review.upheld")!]?.value == DecimalNumber(1))
    }
}
