import NianbaoModel

/// One sentence of a report's narrative with the line it was printed on: what the text rules read.
///
/// Sentences end at `。！？；` and at line ends; clauses inside a sentence end at `，` and `：` (a comma between
/// digits, as in `1,234`, does not end one). The text is kept as Unicode scalars, folded so that full-width
/// digits and punctuation read as ASCII (`２件` is `2件`), and scanned by index: no regular expressions.
struct NarrativeSentence {
    /// The scalars as printed, for quoting.
    let printed: [Unicode.Scalar]
    /// The same scalars with full-width forms folded to ASCII (`１`→`1`, `，`→`,`), one for one, for matching.
    let scalars: [Unicode.Scalar]
    /// The 1-based line of the source file. The parser drops blank lines from a section's body, so in a file
    /// with blank lines between paragraphs this is a few lines before the printed line.
    let line: Int

    init(printed: [Unicode.Scalar], scalars: [Unicode.Scalar], line: Int) {
        self.printed = printed
        self.scalars = scalars
        self.line = line
    }

    /// A line read whole, as the title.
    init(_ text: String, line: Int) {
        printed = Array(text.unicodeScalars)
        scalars = printed.map(LabelText.fold)
        self.line = line
    }

    /// The sentences of every narrative section, in order.
    static func sentences(in report: Report) -> [NarrativeSentence] {
        report.narrative.flatMap(sentences(in:))
    }

    /// The sentences of one section; the heading is read as a sentence of its own line.
    static func sentences(in section: NarrativeSection) -> [NarrativeSentence] {
        var result: [NarrativeSentence] = []
        if !section.heading.isEmpty {
            split(section.heading, firstLine: section.line, into: &result)
        }
        // The preface (no heading) starts on the section's line, a headed section on the line after.
        split(section.body, firstLine: section.line + (section.heading.isEmpty ? 0 : 1), into: &result)
        return result
    }

    private static func split(_ text: String, firstLine: Int, into result: inout [NarrativeSentence]) {
        // One pass over the text (`Array(text.unicodeScalars)` would count the scalars first).
        var printed: [Unicode.Scalar] = []
        printed.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { printed.append(scalar) }
        let folded = printed.map(LabelText.fold)
        var line = firstLine
        var start = 0
        func flush(_ end: Int) {
            var lower = start, upper = end
            while lower < upper, isSpace(folded[lower]) { lower += 1 }
            while upper > lower, isSpace(folded[upper - 1]) { upper -= 1 }
            if lower < upper {
                result.append(NarrativeSentence(printed: Array(printed[lower..<upper]), scalars: Array(folded[lower..<upper]), line: line))
            }
        }
        for index in folded.indices {
            switch folded[index] {
            case "\n":
                flush(index)
                line += 1
                start = index + 1
            case "。", "!", "?", ";":
                flush(index)
                start = index + 1
            default:
                break
            }
        }
        flush(folded.count)
    }

    var count: Int { scalars.count }

    // MARK: Words

    /// True when `word` is printed at `index`.
    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }

    /// Where `word` is first printed within `range`.
    func firstIndex(of word: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        guard let first = word.first, range.count >= word.count else { return nil }
        var index = range.lowerBound
        while index + word.count <= range.upperBound {
            if scalars[index] == first, matches(word, at: index) { return index }
            index += 1
        }
        return nil
    }

    func contains(_ word: [Unicode.Scalar], in range: Range<Int>? = nil) -> Bool {
        firstIndex(of: word, in: range ?? 0..<scalars.count) != nil
    }

    func containsAny(_ words: [[Unicode.Scalar]], in range: Range<Int>) -> Bool {
        words.contains { contains($0, in: range) }
    }

    /// True when one of `words` ends right before `index`.
    func isPreceded(byAnyOf words: [[Unicode.Scalar]], at index: Int) -> Bool {
        words.contains { matches($0, at: index - $0.count) }
    }

    // MARK: Clauses

    /// The clause holding `index`: from after the previous `,` or `:` to before the next.
    func clause(around index: Int) -> Range<Int> {
        var lower = index
        while lower > 0, !isClauseEnd(at: lower - 1) { lower -= 1 }
        var upper = index
        while upper < scalars.count, !isClauseEnd(at: upper) { upper += 1 }
        return lower..<upper
    }

    private func isClauseEnd(at index: Int) -> Bool {
        switch scalars[index] {
        case ":": return true
        case ",": return !(index > 0 && index + 1 < scalars.count && Self.isDigit(scalars[index - 1]) && Self.isDigit(scalars[index + 1]))
        default: return false
        }
    }

    // MARK: Numbers

    /// A count read from the text.
    enum Count: Equatable {
        case exact(Int)
        /// `10余件`, `约5件`: a count that cannot be compared.
        case approximate
    }

    /// The first count printed after `start` and before `end` (a number followed by one of `units`), skipping
    /// numbers that are not counts (`2023年`, `12月`); nil when there is none, or none starts within `reach`.
    func count(after start: Int, before end: Int, units: Set<Unicode.Scalar>, reach: Int = .max) -> Count? {
        var index = start
        while index < end, index - start <= reach {
            guard let (value, numberEnd) = number(at: index) else {
                index += 1
                continue
            }
            var next = numberEnd
            while next < end, scalars[next] == " " { next += 1 }
            if next < end, Self.approximations.contains(scalars[next]) { return .approximate }
            if next < end, units.contains(scalars[next]) {
                if isPreceded(byAnyOf: Self.hedges, at: index) { return .approximate }
                return .exact(value)
            }
            index = numberEnd
        }
        return nil
    }

    /// The number starting at `index` (ASCII digits after folding, or Chinese numerals like `两`, `十二`) and
    /// where it ends; nil when no number starts there.
    func number(at index: Int) -> (value: Int, end: Int)? {
        guard index < scalars.count else { return nil }
        if Self.isDigit(scalars[index]) {
            guard index == 0 || !Self.isDigit(scalars[index - 1]) else { return nil }
            var value = 0, end = index, digits = 0
            while end < scalars.count {
                let scalar = scalars[end]
                if Self.isDigit(scalar) {
                    if digits < 12 { value = value * 10 + Int(scalar.value - 0x30) }
                    digits += 1
                } else if scalar == ",", end + 1 < scalars.count, Self.isDigit(scalars[end + 1]) {
                    // `1,234`: a thousands separator
                } else {
                    break
                }
                end += 1
            }
            return (value, end)
        }
        guard Self.chineseDigits[scalars[index]] != nil || Self.chineseMultipliers[scalars[index]] != nil,
              index == 0 || (Self.chineseDigits[scalars[index - 1]] == nil && Self.chineseMultipliers[scalars[index - 1]] == nil
                  && !Self.notCounting.contains(scalars[index - 1]))
        else { return nil }
        var total = 0, digit: Int?, end = index
        while end < scalars.count {
            if let value = Self.chineseDigits[scalars[end]] {
                digit = value
            } else if let multiplier = Self.chineseMultipliers[scalars[end]] {
                total += (digit ?? 1) * multiplier
                digit = nil
            } else {
                break
            }
            end += 1
        }
        return (total + (digit ?? 0), end)
    }

    /// The years printed as `2023年` or `2023 年` within `range`, in order, with where each starts.
    func years(in range: Range<Int>) -> [(year: Int, at: Int)] {
        var result: [(year: Int, at: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard Self.isDigit(scalars[index]), index == 0 || !Self.isDigit(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index, value = 0
            while end < range.upperBound, Self.isDigit(scalars[end]), end - index < 5 {
                value = value * 10 + Int(scalars[end].value - 0x30)
                end += 1
            }
            var next = end
            while next < range.upperBound, scalars[next] == " " { next += 1 }
            if end - index == 4, (1990...2100).contains(value), next < range.upperBound, scalars[next] == "年" {
                result.append((value, index))
            }
            index = end
        }
        return result
    }

    /// True when what comes before `index` dates it to another year than `year`: the last year printed before
    /// it in the sentence differs, or its clause says 去年, 上年 (but not 上年结转), 上一年, 前年 or 同期.
    func speaksOfAnotherYear(before index: Int, clauseStart: Int, year: Int?) -> Bool {
        if let year, let last = years(in: 0..<index).last, last.year != year { return true }
        var position = clauseStart
        while position < index {
            if Self.otherYearWords.contains(where: { matches($0, at: position) }),
               !Self.carriedWords.contains(where: { matches($0, at: position) }) {
                return true
            }
            position += 1
        }
        return false
    }

    // MARK: Quoting

    /// The text printed in `range`.
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(printed[range]))
    }

    /// What a message quotes for a phrase at `index`: the whole sentence, or its clause when the sentence is long.
    func quote(around index: Int) -> String {
        count <= Self.longSentence ? text(0..<count) : text(clause(around: index))
    }

    // MARK: Data

    static let longSentence = 100

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Whitespace after folding (which turns `\u{3000}` and NBSP into a space).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{FEFF}" }

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let chineseMultipliers: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]
    /// Before a numeral, these make it a word, not a count: `每一件`, `第一项`, `统一`, `逐一`.
    private static let notCounting: Set<Unicode.Scalar> = ["每", "第", "之", "唯", "统", "逐", "同", "单", "万"]
    /// Printed right after a number: `10余件`, `10多件`.
    private static let approximations: Set<Unicode.Scalar> = ["余", "多", "几", "来"]
    /// Printed right before a number: `约5件`, `近10件`, `超过10件`.
    private static let hedges: [[Unicode.Scalar]] = ["约", "近", "超过", "逾"].map(scalarWord)
    private static let otherYearWords: [[Unicode.Scalar]] = ["去年", "上年", "上一年", "前年", "同期"].map(scalarWord)
    private static let carriedWords: [[Unicode.Scalar]] = ["上年结转", "上年度结转", "上一年结转", "上一年度结转"].map(scalarWord)
}

/// A word as the scalars the text rules match.
func scalarWord(_ word: String) -> [Unicode.Scalar] {
    Array(word.unicodeScalars)
}
