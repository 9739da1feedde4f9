/// One line of a report's text, without its line break and without Word artefacts.
struct SourceLine {
    /// 1-based.
    let number: Int
    let text: Substring

    /// Splits on LF, CRLF or CR, removing artefacts such as `[bookmark: _GoBack]` that Word export leaves.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var number = 1
        func emit(upTo end: String.Index) {
            lines.append(SourceLine(number: number, text: removingArtefacts(text[start..<end])))
            number += 1
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                emit(upTo: index)
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                    next = utf8.index(after: next)
                }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start < utf8.endIndex { emit(upTo: utf8.endIndex) }
        return lines
    }

    private static func removingArtefacts(_ line: Substring) -> Substring {
        guard line.utf8.contains(UInt8(ascii: "[")), let open = line.range(of: "[bookmark:"),
              let close = line[open.upperBound...].firstIndex(of: "]") else { return line }
        return Substring(String(line[..<open.lowerBound]) + line[line.index(after: close)...])
    }
}
