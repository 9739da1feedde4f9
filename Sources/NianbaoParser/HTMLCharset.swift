import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A web page's bytes as UTF-8, whatever encoding they came in.
///
/// The bytes decide first: a page that is valid UTF-8 (or nearly: a stray broken byte) is read as UTF-8
/// whatever it declares, since GB text of any length is never valid UTF-8 while a `charset=gb2312` left in a
/// template over UTF-8 text is common. Other bytes are read as the page declares (`<meta charset>`,
/// `http-equiv` content, `<?xml encoding>`): Big5 when it says so, otherwise GB18030, which gb2312 and gbk
/// pages are and which undeclared Chinese pages almost always are (the sniffing of `TextDecoder`). A page with
/// a few broken bytes is still read, with U+FFFD in their place. iconv does the converting (five times
/// faster than Foundation here); Foundation is the fallback where iconv is missing.
enum HTMLCharset {
    /// The encodings a page may declare, as far as reading it goes.
    enum Declared: Equatable {
        case utf8
        case gb18030
        case big5
        /// Anything else (`iso-8859-1`, `windows-1252`): often wrong on Chinese pages, so the bytes are sniffed.
        case other(String)
    }

    /// The page as UTF-8 bytes: line breaks stay where they were, so line numbers still point into the file.
    static func utf8Bytes(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            return utf8Statistics(rest).invalid == 0 ? rest : lossyUTF8(rest)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return TextDecoder.decode(bytes).map { Array($0.text.utf8) } ?? lossyUTF8(bytes)
        }
        let statistics = utf8Statistics(bytes)
        if statistics.invalid == 0 { return bytes }
        // GB text has about five broken UTF-8 sequences for every one that happens to be well formed; UTF-8
        // text with a stray byte has hardly any, whatever it declares.
        if statistics.validMultibyte >= 4 * statistics.invalid { return lossyUTF8(bytes) }

        if declaredCharset(in: bytes) == .big5 {
            if let converted = convert(bytes, from: "BIG5-HKSCS", lossy: false) { return converted }
            if let text = String(data: Data(bytes), encoding: big5) { return Array(text.utf8) }
            return convert(bytes, from: "BIG5-HKSCS", lossy: true) ?? lossyUTF8(bytes)
        }
        if let converted = convert(bytes, from: "GB18030", lossy: false) { return converted }
        // BOM, strict UTF-8 and strict GB18030, as for text files.
        if let decoded = TextDecoder.decode(bytes) {
            return decoded.encoding == .utf8 ? bytes : Array(decoded.text.utf8)
        }
        if let converted = convert(bytes, from: "GB18030", lossy: true) { return converted }
        if let text = String(data: Data(repairingGB18030(bytes)), encoding: gb18030) { return Array(text.utf8) }
        return lossyUTF8(bytes)
    }

    /// The bytes converted to UTF-8 by iconv; nil when iconv lacks the encoding, or (unless `lossy`, which puts
    /// U+FFFD for each byte it cannot read) when the bytes are not in it.
    static func convert(_ bytes: [UInt8], from encoding: String, lossy: Bool) -> [UInt8]? {
        guard let converter = iconv_open("UTF-8", encoding), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        // No character grows by more than three times (one broken byte becomes U+FFFD).
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var input = bytes
        var written = 0
        let isComplete = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer -> Bool in
                var inputPointer = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inputLeft = inputBuffer.count
                var outputPointer = UnsafeMutableRawPointer(outputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outputLeft = outputBuffer.count
                while inputLeft > 0 {
                    guard iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft) == -1 else { break }
                    guard lossy, errno == EILSEQ || errno == EINVAL, outputLeft >= 3 else { return false }
                    for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outputPointer?.pointee = CChar(bitPattern: byte)
                        outputPointer = outputPointer?.successor()
                    }
                    outputLeft -= 3
                    inputPointer = inputPointer?.successor()
                    inputLeft -= 1
                }
                written = outputBuffer.count - outputLeft
                return inputLeft == 0
            }
        }
        guard isComplete else { return nil }
        output.removeSubrange(written...)
        return output
    }

    /// The character set the page declares near its start, if any.
    static func declaredCharset(in bytes: [UInt8]) -> Declared? {
        bytes.withUnsafeBufferPointer { buffer in
            let end = min(buffer.count, 32 * 1024)
            var index = 0
            while index < end {
                guard buffer[index] == UInt8(ascii: "<") else { index += 1; continue }
                if HTMLScanner.hasPrefix(buffer, at: index, end: end, "<!--") {
                    index = HTMLScanner.find(buffer, "-->", from: index + 4, end: end).map { $0 + 3 } ?? end
                } else if HTMLScanner.hasPrefix(buffer, at: index, end: end, "<meta"), index + 5 < end,
                          HTMLScanner.isTagNameEnd(buffer[index + 5]) {
                    var charset: String?
                    index = HTMLScanner.scanAttributes(buffer, from: index + 5, end: end) { name, value in
                        guard let value else { return }
                        if HTMLScanner.equalsIgnoringCase(buffer, name, "charset") {
                            charset = HTMLScanner.string(buffer, value)
                        } else if HTMLScanner.equalsIgnoringCase(buffer, name, "content"), charset == nil {
                            charset = charsetParameter(HTMLScanner.string(buffer, value))
                        }
                    }
                    if let charset, let declared = declared(named: charset) { return declared }
                } else if HTMLScanner.hasPrefix(buffer, at: index, end: end, "<?xml") {
                    let close = HTMLScanner.find(buffer, "?>", from: index, end: end) ?? end
                    let declaration = HTMLScanner.string(buffer, index..<close)
                    if let encoding = declaration.range(of: "encoding=") {
                        let name = declaration[encoding.upperBound...].drop { $0 == "\"" || $0 == "'" }
                            .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
                        if let declared = declared(named: String(name)) { return declared }
                    }
                    index = close
                } else {
                    index += 1
                }
            }
            return nil
        }
    }

    /// `text/html; charset=gb2312` → `gb2312`.
    private static func charsetParameter(_ content: String) -> String? {
        guard let range = content.range(of: "charset", options: .caseInsensitive) else { return nil }
        let rest = content[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        return String(rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }.prefix { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" })
    }

    static func declared(named name: String) -> Declared? {
        let label = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard !label.isEmpty else { return nil }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "csgb2312",
             "chinese", "iso-ir-58", "gb_2312", "gb_2312-80", "csiso58gb231280", "hz-gb-2312":
            return .gb18030
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "cp950", "x-big5":
            return .big5
        default:
            return .other(label)
        }
    }

    /// Foundation on Linux knows these by their CoreFoundation numbers only.
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    private static let big5 = String.Encoding(rawValue: 0x8000_0A03)

    private static func lossyUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Counts well-formed multi-byte UTF-8 sequences and broken ones (strictly: no overlong forms, no surrogates).
    static func utf8Statistics(_ bytes: [UInt8]) -> (validMultibyte: Int, invalid: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var valid = 0, invalid = 0
            var index = 0
            let count = buffer.count
            while index < count {
                // Eight ASCII bytes at a time.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
                }
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: length = 0
                }
                var isValid = length > 0 && index + length <= count
                if isValid {
                    isValid = (low...high).contains(buffer[index + 1])
                    var next = index + 2
                    while isValid, next < index + length {
                        isValid = (0x80...0xBF).contains(buffer[next])
                        next += 1
                    }
                }
                if isValid { valid += 1; index += length } else { invalid += 1; index += 1 }
            }
            return (valid, invalid)
        }
    }

    /// The bytes with every sequence that cannot be GB18030 replaced by `?`, so the rest can be decoded.
    static func repairingGB18030(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { result.append(lead); index += 1; continue }
            if (0x81...0xFE).contains(lead), index + 1 < count {
                let second = bytes[index + 1]
                if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                    result.append(lead); result.append(second); index += 2; continue
                }
                if (0x30...0x39).contains(second), index + 3 < count,
                   (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]) {
                    result.append(contentsOf: bytes[index..<(index + 4)]); index += 4; continue
                }
            }
            result.append(UInt8(ascii: "?"))
            index += 1
        }
        return result
    }
}
