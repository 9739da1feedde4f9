import NianbaoModel

/// Finds the report's title, statistics year and issuing agency in its first lines.
struct TitleReader {
    struct Identity {
        var title = ""
        var year: Int?
        var agency: String?
        var line = 0
        /// The last line the title takes (the agency may follow on the next line).
        var lastLine = 0
    }

    /// Reads the first title-like line (`…政府信息公开工作年度报告`) among the lines before `limit`.
    static func read(_ lines: [SourceLine], limit: Int) -> Identity {
        var identity = Identity()
        let head = lines.prefix(limit)
        guard let titleIndex = head.firstIndex(where: { isTitle($0.text) }) else { return identity }
        let titleLine = head[titleIndex]
        identity.title = titleLine.text.trimmingWhitespace()
        // Full-width digits and brackets read as ASCII, so `２０２３年` names a year too.
        let title = String(String.UnicodeScalarView(identity.title.unicodeScalars.map { LabelText.fold($0) }))
        identity.line = titleLine.number
        identity.lastLine = titleLine.number
        identity.year = year(in: title)

        if let yearRange = yearRange(in: title) {
            var before = title[..<yearRange.lowerBound].trimmingWhitespace()
            // `杭州市拱墅区统计局关于2023年度…`
            if before.hasSuffix("关于") { before = String(before.dropLast(2)).trimmingWhitespace() }
            if !before.isEmpty, !before.hasSuffix("政府信息公开") { identity.agency = before }
            // `2023年度杭州市某局政府信息公开工作年度报告`: the agency after the year.
            if identity.agency == nil {
                let after = title[yearRange.upperBound...].drop { $0 == "度" || $0.isWhitespace }
                if let end = after.firstRange(of: "政府信息公开")?.lowerBound {
                    let name = after[..<end].trimmingWhitespace()
                    if name.count >= 2 { identity.agency = name }
                }
            }
        }
        if identity.agency == nil {
            // `2020年政府信息公开工作年度报告（拱墅区湖墅街道）`, or the brackets on the next line.
            let following = head[(titleIndex + 1)...].first { !$0.text.trimmingWhitespace().isEmpty }
            identity.agency = bracketed(after: title) ?? following.flatMap { bracketed(after: $0.text.trimmingWhitespace(), wholeLine: true) }
            if let following, identity.agency != nil, bracketed(after: title) == nil {
                identity.title += following.text.trimmingWhitespace()
                identity.lastLine = following.number
            }
        }
        return identity
    }

    static func isTitle(_ line: Substring) -> Bool {
        let text = line.trimmingWhitespace()
        return text.count <= 80 && (text.containsBytes(of: "年度报告") || text.containsBytes(of: "工作年报")) && text.containsBytes(of: "信息公开")
    }

    /// The first plausible statistics year printed as `2023年`, `2023 年` or `2023年度`.
    static func year(in text: some StringProtocol) -> Int? {
        yearRange(in: text).flatMap { Int(text[$0].prefix(4)) }
    }

    private static func yearRange<S: StringProtocol>(in text: S) -> Range<S.Index>? {
        var index = text.startIndex
        while index < text.endIndex {
            // Most characters are not an ASCII digit: told before the four that follow are looked at.
            guard let byte = text[index].asciiValue, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                index = text.index(after: index)
                continue
            }
            let digits = text[index...].prefix(4)
            if digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
               index == text.startIndex || !(text[text.index(before: index)].isNumber),
               let value = Int(digits), (2000...2100).contains(value) {
                let after = text[digits.endIndex...].drop { $0 == " " || $0 == "\u{3000}" }
                if after.first == "年" { return index..<text.index(after: after.startIndex) }
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func bracketed(after text: String, wholeLine: Bool = false) -> String? {
        guard let close = text.last, close == "）" || close == ")" else { return nil }
        guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        if wholeLine, open != text.startIndex { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
        return inner.isEmpty ? nil : inner
    }
}
