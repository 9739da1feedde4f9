import Foundation
import NianbaoModel

/// Each stage of the parser that reads untrusted bytes, reachable on its own for the fuzzer (`make fuzz`).
/// Not part of the public interface: callers opt in with `@_spi(Fuzzing) import NianbaoParser`.
@_spi(Fuzzing)
public enum ParserEntryPoints {
    /// A text report: the layouts, labels, numbers and digit splitting, without encoding detection.
    public static func parseText(_ bytes: [UInt8]) -> Report {
        ReportParser.parse(text: String(decoding: bytes, as: UTF8.self), source: "fuzz.txt")
    }

    /// A web page read into lines, then into a report.
    public static func parseHTML(_ bytes: [UInt8]) -> Report? {
        guard let document = try? HTMLDocument.read(bytes, source: "fuzz.html") else { return nil }
        return ReportParser.parse(document, source: "fuzz.html")
    }

    /// A Word file: its ZIP container, its XML, then the report; nil when the file is refused with a reason.
    public static func parseDocx(_ bytes: [UInt8]) -> Report? {
        guard let document = try? DocxDocument.read(bytes, source: "fuzz.docx") else { return nil }
        return ReportParser.parse(document, source: "fuzz.docx")
    }

    /// A Word file's `word/document.xml` on its own, read into lines and then into a report: the fuzzer rarely
    /// gets past a ZIP archive's checksums, so the XML is fed to it directly.
    public static func parseWordXML(_ bytes: [UInt8]) -> Report? {
        guard let lines = try? DocxBodyReader.lines(from: Data(bytes)) else { return nil }
        let document = ExtractedDocument(lines: lines.enumerated().map { SourceLine(number: $0 + 1, text: Substring($1)) })
        return ReportParser.parse(document, source: "fuzz.xml")
    }

    /// What the encoding detection makes of the bytes: the format sniffed, the text decoded (nil when the bytes
    /// are in no encoding read here) and a page's bytes as UTF-8.
    public static func detectEncoding(_ bytes: [UInt8]) -> (format: String, text: (String, TextDecoder.Encoding)?, pageUTF8: [UInt8]) {
        ("\(DocumentFormat.sniff(bytes))", TextDecoder.decode(bytes), HTMLCharset.utf8Bytes(bytes))
    }
}
