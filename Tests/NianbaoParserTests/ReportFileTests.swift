import Foundation
import NianbaoModel
import NianbaoParser
import Testing

/// Only reading the file itself may fail, and then with a `ReportFileError` naming the file.
@Suite struct ReportFileTests {
    /// A fresh folder for one test's files, removed afterwards.
    private struct Folder: ~Copyable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-file-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ bytes: [UInt8], to name: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            return file.path
        }
    }

    @Test func binaryFileIsRejected() throws {
        let folder = try Folder()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let path = try folder.write(png + Array("年度报告".utf8), to: "report.txt")
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: path) }
        #expect(error.path == path)
        #expect(error.reason.contains("binary"))
        #expect(error.description.hasPrefix(path))
    }

    @Test func nonexistentFileIsRejected() throws {
        let folder = try Folder()
        let path = folder.url.appendingPathComponent("no-such-report.txt").path
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: path) }
        #expect(error.path == path)
        #expect(error.reason.contains("cannot read"))
    }

    @Test func directoryIsRejected() throws {
        let folder = try Folder()
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: folder.url.path) }
        #expect(error.path == folder.url.path)
    }

    @Test func bytesOfNoKnownEncodingAreRejected() throws {
        let folder = try Folder()
        let path = try folder.write(Array("abc".utf8) + [0xFF] + Array("def".utf8), to: "report.txt")
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: path) }
        #expect(error.reason.contains("neither UTF-8"))
    }

    @Test func emptyFileIsAReportWithDiagnostics() throws {
        let folder = try Folder()
        let path = try folder.write([], to: "empty.txt")
        let report = try ReportParser.parse(fileAt: path)
        #expect(report.source == path)
        #expect(report.diagnostics.contains { $0.code == "parse.no_title" })
        #expect(report.diagnostics.filter { $0.code == "template.missing_table" }.count == 3)
    }

    @Test func gb18030FileIsRead() throws {
        let folder = try Folder()
        let text = "杭州市测试局2023年度政府信息公开工作年度报告\n一、总体情况\n正文。\n"
        let bytes = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the bytes are not UTF-8")
        let report = try ReportParser.parse(fileAt: try folder.write([UInt8](bytes), to: "gb.txt"))
        #expect(report.year == 2023)
        #expect(report.agency == "杭州市测试局")
    }

    @Test func utf16BigEndianWithBOMIsRead() throws {
        let folder = try Folder()
        let text = "杭州市测试局2023年度政府信息公开工作年度报告\n"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8(truncatingIfNeeded: $0)] }
        #expect(TextDecoder.decode(bytes)?.encoding == .utf16BigEndian)
        let report = try ReportParser.parse(fileAt: try folder.write(bytes, to: "be.txt"))
        #expect(report.agency == "杭州市测试局")
    }
}

extension ReportFileTests {
    /// A web page saved as UTF-16 is still a web page.
    @Test func utf16WebPageIsReadAsAWebPage() throws {
        let page = try String(contentsOf: Fixtures.folder.appendingPathComponent("HTML/site-003-utf8.html"), encoding: .utf8)
        let report = try ReportParser.parse(bytes: [0xFF, 0xFE] + Array(page.data(using: .utf16LittleEndian)!), source: "page.html")
        #expect(report.agency == "杭州市拱墅区统计局")
        #expect(report[FieldKey(.t2, "penalty", "decisions")]?.value == DecimalNumber(3))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }
}

extension ReportFileTests {
    /// A page whose heading leaves out the agency names it in its <title>.
    @Test func agencyMissingFromTheHeadingIsTakenFromThePageTitle() throws {
        let page = """
            <html><head><title>杭州市拱墅区统计局2023年度政府信息公开工作年度报告_拱墅区人民政府</title></head>
            <body><p>2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度……</p></body></html>
            """
        let report = try ReportParser.parse(bytes: Array(page.utf8), source: "page.html")
        #expect(report.agency == "杭州市拱墅区统计局")
        #expect(report.year == 2023)
        #expect(report.title == "2023年政府信息公开工作年度报告", "the title is the page's own heading")
    }
}
