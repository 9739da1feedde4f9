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

    /// A quick test that spares most lines the label core: a heading is short, and has one of the characters
    /// of the words looked for below (公开, 复议, 情况, 问题, 报告).
    private static func isHeadingShaped(_ text: Substring) -> Bool {
        var length = 0, hasMark = false
        for scalar in text.unicodeScalars where !scalar.isSpace {
            length += 1
            if length > 60 { return false }
            switch scalar {
            case "公", "议", "况", "题", "告": hasMark = true
            default: break
            }
        }
        return hasMark
    }

    private static func headingKind(_ text: Substring) -> Kind? {
        // A heading is one short line; anything longer is not normalised at all.
        guard let first = text.first, first != "\t", text.utf8.count <= 400, isHeadingShaped(text) else { return nil }
        let core = LabelText.core(text)
        guard !core.isEmpty, core.count <= 24 else { return nil }
        if core.containsBytes(of: "主动公开政府信息情况") || core == "主动公开政府信息" { return .table(.t2) }
        if core.containsBytes(of: "收到和处理政府信息公开申请") { return .table(.t3) }
        if core.containsBytes(of: "行政复议"), core.containsBytes(of: "行政诉讼"), core.hasSuffix("情况") { return .table(.t4) }
        if narrativeWords.contains(where: core.containsBytes), core.count <= 16 { return .narrative }
        return nil
    }
}
