import NianbaoModel

/// A part of a report that starts at a recognised heading.
struct Section {
    enum Kind: Equatable {
        case narrative
        case table(TableID)
    }

    let kind: Kind
    /// Index of the heading in the report's lines.
    let headingIndex: Int
    /// Indices of the lines after the heading up to the next heading.
    let body: Range<Int>

    /// Finds the report's headings (`二、主动公开政府信息情况`, `五、存在的主要问题及改进情况`) by their words,
    /// whatever their numbering.
    static func locate(in lines: [SourceLine]) -> [Section] {
        var headings: [(index: Int, kind: Kind)] = []
        for (index, line) in lines.enumerated() {
            if let kind = headingKind(line.text) { headings.append((index, kind)) }
        }
        return headings.enumerated().map { position, heading in
            let end = position + 1 < headings.count ? headings[position + 1].index : lines.count
            return Section(kind: heading.kind, headingIndex: heading.index, body: (heading.index + 1)..<end)
        }
    }

    private static let narrativeWords = ["总体情况", "存在的主要问题", "其他需要报告"]

    /// A quick test on the bytes that spares most lines the label core: a heading is short, and has a character
    /// that each test below needs (主动公开, 收到, 诉讼, 总体, 主要问题, 需要报告).
    private static func isHeadingShaped(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isHeadingShaped) ?? Array(text.utf8).withUnsafeBufferPointer(isHeadingShaped)
    }

    private static func isHeadingShaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var characters = 0, hasMark = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                index += 1
                continue
            }
            characters += 1
            if characters > 60 { return false }
            if byte >= 0xE0, byte < 0xF0, index + 2 < bytes.count {
                let scalar = UInt32(byte) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                if isHeadingMark(scalar) { hasMark = true }
                index += 3
            } else {
                index += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : 4
            }
        }
        return hasMark
    }

    /// 主, 收, 诉, 总, 需 in UTF-8: compared, not hashed, as this is asked of every character of most lines.
    private static func isHeadingMark(_ bytes: UInt32) -> Bool {
        switch bytes {
        case 0xE4B8BB, 0xE694B6, 0xE8AF89, 0xE680BB, 0xE99C80: true
        default: false
        }
    }

    private static func headingKind(_ text: Substring) -> Kind? {
        // A heading is one short line; anything longer is not normalised at all.
        guard text.utf8.first.map({ $0 != UInt8(ascii: "\t") }) == true, text.utf8.count <= 400, isHeadingShaped(text) else { return nil }
        let core = LabelText.core(text)
        guard !core.isEmpty, core.unicodeScalars.count <= 24 else { return nil }
        if core.containsBytes(of: "主动公开政府信息情况") || core == "主动公开政府信息" { return .table(.t2) }
        if core.containsBytes(of: "收到和处理政府信息公开申请") { return .table(.t3) }
        if core.containsBytes(of: "行政复议"), core.containsBytes(of: "行政诉讼"), core.hasSuffix("情况") { return .table(.t4) }
        if narrativeWords.contains(where: core.containsBytes), core.unicodeScalars.count <= 16 { return .narrative }
        return nil
    }
}
