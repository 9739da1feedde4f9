import Foundation
@_spi(Fuzzing) import NianbaoParser
import Testing

/// Every input the fuzzer ever found a problem with (`Fixtures/Fuzz/TARGET-….bin`), run again through the entry
/// point that broke on it: it must now be read, or refused with a reason, without a crash or a hang.
@Suite struct FuzzRegressionTests {
    static let folder = Fixtures.folder.appendingPathComponent("Fuzz")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".bin") }.sorted()
    }

    @Test func everyInputNamesItsTarget() {
        let targets = ["text", "html", "docx", "word", "encoding", "file"]
        for name in Self.inputs {
            #expect(targets.contains(String(name.prefix { $0 != "-" })), "\(name)")
        }
    }

    /// Found by the `word-xml` target: FoundationXML stopped the program on an element name that is not UTF-8.
    /// Inside a Word file whose checksums hold, it is refused with the place of the first bad byte.
    @Test func wordFileWhoseXMLIsNotUTF8IsRefused() throws {
        var xml = Array(DocxFixtures.documentXML(body: DocxFixtures.paragraph("正文")).utf8)
        let body = try #require(xml.firstRange(of: Array("<w:p>".utf8)))
        xml.insert(contentsOf: [UInt8(ascii: "<"), 0xFF, 0xFF, UInt8(ascii: "/"), UInt8(ascii: ">")], at: body.lowerBound)
        let error = try #require(throws: ReportFileError.self) {
            try ReportParser.parse(bytes: DocxFixtures.docx(documentXML: xml), source: "bad.docx")
        }
        let column = xml[..<body.lowerBound].count - (xml[..<body.lowerBound].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 2
        let line = xml[..<body.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
        #expect(error.reason == "its word/document.xml is not well-formed XML (line \(line), column \(column): bytes that are not UTF-8)")
    }

    @Test(.timeLimit(.minutes(2)), arguments: inputs)
    func inputIsReadWithoutCrashing(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        switch name.prefix(while: { $0 != "-" }) {
        case "text":
            _ = ParserEntryPoints.parseText(bytes)
        case "html":
            _ = ParserEntryPoints.parseHTML(bytes)
        case "docx":
            _ = ParserEntryPoints.parseDocx(bytes)
        case "word":
            _ = ParserEntryPoints.parseWordXML(bytes)
        case "encoding":
            let detected = ParserEntryPoints.detectEncoding(bytes)
            #expect(String(validating: detected.pageUTF8, as: UTF8.self) != nil)
        default:
            do {
                _ = try ReportParser.parse(bytes: bytes, source: name)
            } catch {
                #expect(!error.reason.isEmpty)
            }
        }
    }
}
