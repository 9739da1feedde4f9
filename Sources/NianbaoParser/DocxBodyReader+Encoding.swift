import Foundation

extension DocxBodyReader {
    /// Refuses XML that is not UTF-8, naming where: FoundationXML on Linux stops the program (it force-unwraps
    /// the decoded string) on an element or attribute name, or an attribute value, that is not UTF-8. Word
    /// always writes `word/document.xml` in UTF-8.
    static func requireUTF8(_ xml: Data) throws(DocxFailure) {
        guard String(validating: xml, as: UTF8.self) == nil else { return }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = xml.makeIterator()
        var offset = 0, line = 1, lineStart = 0
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) {
            offset += scalar.count
            if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset
            }
        }
        throw .malformedXML(line: line, column: offset - lineStart + 1, problem: "bytes that are not UTF-8")
    }
}
