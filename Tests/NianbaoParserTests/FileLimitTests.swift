import Foundation
import NianbaoParser
import Testing

/// Files that are not reports are refused before they cost memory or time, and the reason says what they are.
@Suite struct FileLimitTests {
    private final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-limits-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ bytes: [UInt8], to name: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    private func reason(_ bytes: [UInt8]) throws -> String {
        try #require(throws: ReportFileError.self) { try ReportParser.parse(bytes: bytes, source: "file.txt") }.reason
    }

    @Test func pdfIsNamedWithWhatToDoInstead() throws {
        let pdf = Array("%PDF-1.4\n1 0 obj\n<< /Title (杭州市拱墅区统计局2023年度政府信息公开工作年度报告) >>\nendobj\n".utf8)
        #expect(try reason(pdf) == "it is a binary file (looks like a PDF), not a report: copy its text into a .txt file, or load the report's web page or Word file")
    }

    @Test func oldWordFileIsNamed() throws {
        let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 100)
        #expect(try reason(doc) == "it is a binary file (looks like an old Word or Excel file (.doc, .xls)), not a report: save it as .docx")
    }

    @Test(arguments: [
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] as [UInt8], "a JPEG image"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "an ELF program"),
        ([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00], "a gzip archive"),
    ])
    func binaryFormatsAreNamed(bytes: [UInt8], kind: String) throws {
        #expect(try reason(bytes).hasPrefix("it is a binary file (looks like \(kind)), not a report"))
    }

    @Test func unknownBinaryIsStillRefused() throws {
        #expect(try reason([0x01, 0x02, 0x00, 0x03]) == "it is a binary file, not a report")
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let folder = try Folder()
        let path = try folder.write([], to: "huge.txt")
        // Sparse: as long as the limit and a byte more, without the disk space.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ReportParser.maximumFileSize + 1))
        try handle.close()
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: path) }
        #expect(error.reason == "it is 51 MB, more than the 50 MB a report can be")

        // Through a link the size is the file's, not the link's.
        let link = folder.url.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(throws: ReportFileError.self) { try ReportParser.parse(fileAt: link) }
    }

    @Test func deviceIsRefusedWithoutReadingIt() throws {
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: "/dev/zero") }
        #expect(error.reason == "it is not a regular file (a device, pipe or socket), so not a report")
    }

    @Test func folderIsRefused() throws {
        let folder = try Folder()
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(fileAt: folder.url.path) }
        #expect(error.reason == "it is a folder, not a file")
    }
}
