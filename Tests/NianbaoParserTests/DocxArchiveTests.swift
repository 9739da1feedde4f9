import Foundation
import NianbaoModel
@testable import NianbaoParser
import Testing

/// A Word file that cannot be read fails with a `ReportFileError` naming the file and what is wrong with it:
/// never a crash, never a hang, never memory spent on a zip bomb.
@Suite struct DocxArchiveTests {
    private typealias Entry = DocxFixtures.Entry

    private static let documentXML = Array(DocxFixtures.documentXML(body: DocxFixtures.paragraph("正文")).utf8)

    /// The reason the bytes are refused; fails the test when they are read.
    private func reason(_ bytes: [UInt8], source: String = "bad.docx") throws -> String {
        let error = try #require(throws: ReportFileError.self) { try ReportParser.parse(bytes: bytes, source: source) }
        #expect(error.path == source)
        #expect(error.description.hasPrefix(source + ": "))
        return error.reason
    }

    private func docx(_ document: Entry) -> [UInt8] {
        DocxFixtures.zip([Entry(name: "[Content_Types].xml", contents: Array("<Types/>".utf8)), document])
    }

    private func document(_ contents: [UInt8] = documentXML, method: Entry.Method = .deflate) -> Entry {
        Entry(name: "word/document.xml", contents: contents, method: method)
    }

    // MARK: The archive

    @Test func truncatedFileIsRejected() throws {
        let whole = [UInt8](try Data(contentsOf: DocxFixtures.url("003_6c24181f357a8c1b")))
        for length in [whole.count / 2, whole.count - 10, 4] {
            let reason = try reason(Array(whole.prefix(length)))
            #expect(reason.contains("no ZIP directory") && reason.contains("truncated"), "\(length): \(reason)")
        }
    }

    @Test func bytesCutFromTheMiddleDamageTheDirectory() throws {
        let whole = [UInt8](try Data(contentsOf: DocxFixtures.url("003_6c24181f357a8c1b")))
        let damaged = Array(whole[..<1000] + whole[3000...])
        #expect(try reason(damaged).contains("ZIP directory is damaged"))
    }

    @Test func archiveWithoutDocumentXMLIsNotAWordDocument() throws {
        let zip = DocxFixtures.zip([
            Entry(name: "[Content_Types].xml", contents: Array("<Types/>".utf8)),
            Entry(name: "word/document2.xml", contents: Self.documentXML),
        ])
        let reason = try reason(zip)
        #expect(reason == "it is a ZIP archive without word/document.xml, so not a Word document (it holds [Content_Types].xml, word/document2.xml)")
    }

    @Test func excelWorkbookIsNamedAsOne() throws {
        let zip = DocxFixtures.zip([Entry(name: "xl/workbook.xml", contents: Array("<workbook/>".utf8))])
        #expect(try reason(zip, source: "report.xlsx").contains("it looks like an Excel workbook"))
    }

    @Test func windowsSeparatorsInEntryNamesAreRead() throws {
        let zip = DocxFixtures.zip([Entry(name: "word\\document.xml", contents: Self.documentXML)])
        #expect(try DocxDocument.read(zip, source: "win.docx").lines.map(\.text) == ["正文"])
    }

    @Test func zip64SizesInTheDirectoryAreRead() throws {
        var entry = document()
        entry.zip64 = true
        #expect(try DocxDocument.read(docx(entry), source: "zip64.docx").lines.map(\.text) == ["正文"])
    }

    @Test func archiveOfTooManyEntriesIsRejectedBeforeItsDirectoryIsRead() throws {
        let zip = DocxFixtures.zip([document()], declaredEntryCount: 60_000)
        #expect(try reason(zip) == "it is a ZIP archive of 60000 entries, more than the 10000 a Word file may have")
    }

    @Test func encryptedDocumentIsRejected() throws {
        var entry = document()
        entry.flags |= 0x0001
        #expect(try reason(docx(entry)) == "its word/document.xml is encrypted")
    }

    @Test func unknownCompressionMethodIsRejected() throws {
        #expect(try reason(docx(document(method: .other(12)))).contains("compressed with ZIP method 12"))
    }

    // MARK: Zip bombs

    @Test func oversizedEntryIsRejectedBeforeInflating() throws {
        var entry = document()
        entry.declaredSize = 100 * 1_048_576
        #expect(try reason(docx(entry)) == "its word/document.xml would inflate to 100 MB, more than the 64 MB a report can be")
    }

    @Test func absurdCompressionRatioIsAZipBomb() throws {
        // 20 MB of spaces in about 126 KB: the ratio gives it away before a byte is inflated.
        let size = 20 * 1_048_576
        let bomb = FixedHuffman.deflateRun(of: 0x20, count: size)
        #expect(bomb.count < size / 150)
        var entry = Entry(name: "word/document.xml", contents: [], method: .raw(compressed: bomb))
        entry.declaredSize = UInt32(size)
        let reason = try reason(docx(entry))
        #expect(reason.contains("would inflate from \(bomb.count) bytes to \(size)") && reason.contains("zip bomb"), "\(reason)")
    }

    @Test func entryInflatingPastItsDeclaredSizeIsStopped() throws {
        // A bomb that lies: it declares 2000 bytes and would inflate to 10 MB.
        var entry = Entry(name: "word/document.xml", contents: [], method: .raw(compressed: FixedHuffman.deflateRun(of: 0x20, count: 10 * 1_048_576)))
        entry.declaredSize = 2000
        #expect(try reason(docx(entry)) == "its word/document.xml inflates to more than the 2000 bytes it declares: a zip bomb or a damaged file")
    }

    // MARK: Damaged data

    /// ZIPFoundation's own `Archive.extract` loops forever on this one.
    @Test(.timeLimit(.minutes(1)))
    func deflateStreamCutShortIsRejectedInsteadOfHanging() throws {
        let stream = FixedHuffman.deflate(Self.documentXML)
        for length in [stream.count / 2, stream.count - 1] {
            var entry = Entry(name: "word/document.xml", contents: Self.documentXML, method: .raw(compressed: Array(stream.prefix(length))))
            entry.declaredSize = UInt32(Self.documentXML.count)
            #expect(try reason(docx(entry)) == "its word/document.xml is cut short: its compressed data ends before the document does")
        }
    }

    @Test func corruptDeflateDataIsRejected() throws {
        let entry = Entry(name: "word/document.xml", contents: Self.documentXML, method: .raw(compressed: [0xFF, 0xFF, 0xFF, 0xFF]))
        #expect(try reason(docx(entry)) == "its word/document.xml cannot be inflated: the compressed data is corrupt")
    }

    @Test func wrongChecksumIsDamage() throws {
        var entry = document()
        entry.declaredChecksum = 0x1234_5678
        #expect(try reason(docx(entry)) == "its word/document.xml is damaged: its checksum does not match")
    }

    @Test func wrongDeclaredSizeIsDamage() throws {
        var entry = document()
        entry.declaredSize = UInt32(Self.documentXML.count + 10)
        #expect(try reason(docx(entry)).contains("it inflates to \(Self.documentXML.count) bytes, not the \(Self.documentXML.count + 10)"))
    }

    @Test func ourDeflateEncoderRoundTrips() throws {
        // The bombs above are only as good as the encoder: a document it deflates must read back.
        let text = "正文" + String(repeating: "〇", count: 600) + String(repeating: " ", count: 700) + "完"
        let xml = Array(DocxFixtures.documentXML(body: DocxFixtures.paragraph(text)).utf8)
        let lines = try DocxDocument.read(docx(document(xml)), source: "ok.docx").lines
        #expect(lines.map { String($0.text) } == [text])
    }

    // MARK: The XML

    @Test func malformedXMLSaysWhereAndWhat() throws {
        let xml = "<w:document xmlns:w=\"\(DocxFixtures.wordNamespace)\"><w:body><w:p></w:body></w:document>"
        let reason = try reason(docx(document(Array(xml.utf8))))
        #expect(reason.hasPrefix("its word/document.xml is not well-formed XML (line 1, column "), "\(reason)")
        #expect(reason.contains("a closing tag does not match the element it closes"), "\(reason)")
    }

    @Test func textThatIsNotXMLIsRejected() throws {
        let reason = try reason(docx(document(Array("政府信息公开工作年度报告".utf8))))
        #expect(reason.hasPrefix("its word/document.xml is not well-formed XML"), "\(reason)")
    }

    @Test func emptyDocumentXMLIsRejected() throws {
        #expect(try reason(docx(document([], method: .stored))) == "its word/document.xml is not well-formed XML (line 1, column 1: the part is empty)")
    }

    @Test func xmlCutShortIsRejected() throws {
        let text = String(decoding: Self.documentXML, as: UTF8.self)
        let insideText = text.utf8.distance(from: text.startIndex, to: try #require(text.range(of: "文")).lowerBound)
        let cutInText = try reason(docx(document(Array(Self.documentXML.prefix(insideText)))))
        #expect(cutInText.hasPrefix("its word/document.xml is not well-formed XML (line 2, column "), "\(cutInText)")
        #expect(cutInText.hasSuffix("the text ends before its elements are closed)"), "\(cutInText)")
        for cut in [20, Self.documentXML.count / 2] {
            #expect(try reason(docx(document(Array(Self.documentXML.prefix(cut))))).hasPrefix("its word/document.xml is not well-formed XML"))
        }
    }

    @Test func documentTypeDeclarationIsRefused() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <w:document xmlns:w="\(DocxFixtures.wordNamespace)"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """
        #expect(try reason(docx(document(Array(laughs.utf8)))).contains("declares a DTD"))
    }

    @Test func xmlWithoutABodyIsNotAWordDocument() throws {
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(DocxFixtures.wordNamespace)\"/>"
        #expect(try reason(docx(document(Array(xml.utf8)))) == "its word/document.xml has no document body (w:body), so it is not a Word document")
    }
}
