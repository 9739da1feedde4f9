import Foundation
@_spi(Fuzzing) import NianbaoParser

/// The parser's entry points under the fuzzer, one per stage that reads untrusted bytes; `file` is the whole
/// path a loaded file takes (format sniffing, decoding, then the reader of its format).
enum FuzzTarget: String, CaseIterable {
    case text, html, docx, wordXML = "word-xml", encoding, file

    /// Runs one input; a crash or a failed invariant is the finding.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .text:
            _ = ParserEntryPoints.parseText(bytes)
        case .html:
            _ = ParserEntryPoints.parseHTML(bytes)
        case .docx:
            _ = ParserEntryPoints.parseDocx(bytes)
        case .wordXML:
            _ = ParserEntryPoints.parseWordXML(bytes)
        case .encoding:
            let detected = ParserEntryPoints.detectEncoding(bytes)
            if let (text, encoding) = detected.text, encoding == .utf8 {
                // Text read as UTF-8 is the bytes themselves, less a byte order mark.
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
                precondition(Array(text.utf8) == body, "UTF-8 text decoded to different bytes")
            }
            precondition(String(validating: detected.pageUTF8, as: UTF8.self) != nil, "a page converted to invalid UTF-8")
        case .file:
            _ = try? ReportParser.parse(bytes: bytes, source: "fuzz")
        }
    }

    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
