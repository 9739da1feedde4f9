/// One line of a report's text, without its line break and without Word artefacts.
struct SourceLine {
    /// 1-based.
    let number: Int
    let text: Substring

    /// Splits on LF, CRLF or CR, removing artefacts such as `[bookmark: _GoBack]` that Word export leaves.
    static func split(_ text: String) -> [SourceLine] {
        var text = text
        text.makeContiguousUTF8()
        // The line ends are found on the bytes, with a note of the lines that hold a `[`; the lines are then cut
        // from the text at those offsets (constant time in a contiguous string).
        var ends: [(start: Int, end: Int, hasBracket: Bool)] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0, index = 0, hasBracket = false
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    ends.append((start, index, hasBracket))
                    let isCRLF = bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
                    index += isCRLF ? 2 : 1
                    start = index
                    hasBracket = false
                case UInt8(ascii: "["):
                    hasBracket = true
                    index += 1
                default:
                    index += 1
                }
            }
            if start < bytes.count { ends.append((start, bytes.count, hasBracket)) }
        }
        let utf8 = text.utf8
        return ends.enumerated().map { number, line in
            let cut = text[utf8.index(utf8.startIndex, offsetBy: line.start)..<utf8.index(utf8.startIndex, offsetBy: line.end)]
            return SourceLine(number: number + 1, text: line.hasBracket ? removingArtefacts(cut) : cut)
        }
    }

    private static func removingArtefacts(_ line: Substring) -> Substring {
        guard let open = line.range(of: "[bookmark:"),
              let close = line[open.upperBound...].firstIndex(of: "]") else { return line }
        return Substring(String(line[..<open.lowerBound]) + line[line.index(after: close)...])
    }
}
