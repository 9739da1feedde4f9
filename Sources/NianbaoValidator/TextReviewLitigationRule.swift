import NianbaoModel

/// What the narrative says of 行政复议 and 行政诉讼 (`未发生…行政复议或行政诉讼`, `行政诉讼2件`) against 表四's totals.
///
/// In each clause, the mentions of 复议 and 诉讼 are read in groups (`行政复议或行政诉讼` is one group). A group
/// followed closely by a count states that number (for the sum of the group, or for each with `各`, `均`); a group with
/// no count, after a negation in its clause (`未发生`, `没有`, `无`, …), states none. A clause about the outcome
/// (维持, 纠正, 败诉, …), about one kind of suit (未经复议, 复议后) or dated to another year is skipped, and a
/// count is read only in a sentence about 公开, since an agency may also report the cases it handles as reviewer.
struct TextReviewLitigationRule: SentenceRule {
    let description = RuleDescription(
        id: "text.review_litigation", name: "review and litigation in the text",
        summary: "the text says there was no 行政复议 or 行政诉讼, or states a number, and 表四 disagrees",
        severity: .warning,
        examples: [
            RuleExample([:], narrative: "未发生因政府信息公开引起的行政复议或行政诉讼。", .passes),
            RuleExample(["t4.review.total": "1"], narrative: "未发生因政府信息公开引起的行政复议或行政诉讼。",
                        .fails(naming: ["t4.review.total"])),
            RuleExample(["t4.suit_after_review.total": "1"], narrative: "同时做好沟通对接工作，未出现行政复议或行政诉讼案件。",
                        .fails(naming: ["t4.suit_direct.total", "t4.suit_after_review.total"])),
            RuleExample(["t4.review.total": "1", "t4.suit_direct.total": "1", "t4.suit_after_review.total": "1"],
                        narrative: "因政府信息公开发生行政复议1件、行政诉讼2件。", .passes),
            RuleExample(["t4.suit_direct.total": "1"], narrative: "因政府信息公开被提起行政诉讼2件。",
                        .fails(naming: ["t4.suit_direct.total", "t4.suit_after_review.total"])),
            RuleExample(["t4.review.total": "2"], narrative: "因政府信息公开被申请行政复议2件，结果维持1件。", .passes),
            RuleExample(["t4.review.total": ""], narrative: "未发生因政府信息公开引起的行政复议。", .passes),
        ])

    /// Which block of 表四 a mention names.
    enum Subject {
        case review
        case litigation
    }

    let sentenceWords = mentionWords.map(\.word)

    func check(_ report: Report, sentences: [NarrativeSentence], options: ValidationOptions) -> [Finding] {
        guard report[.t4].isFound else { return [] }
        return sentences.flatMap { sentence -> [Finding] in
            Self.claims(in: sentence, year: report.year).compactMap { subjects, claim in
                claim.check(against: [subjects.flatMap(Self.cells(of:))], in: report, rule: description, options: options)
            }
        }
    }

    static func cells(of subject: Subject) -> [FieldKey] {
        switch subject {
        case .review: [FieldKey(.t4, "review", "total")]
        case .litigation: [FieldKey(.t4, "suit_direct", "total"), FieldKey(.t4, "suit_after_review", "total")]
        }
    }

    /// What a sentence states of 复议 and 诉讼: each claim with the blocks whose totals it adds up.
    static func claims(in sentence: NarrativeSentence, year: Int?) -> [([Subject], NarrativeClaim)] {
        var mentions: [(subject: Subject, start: Int, end: Int)] = []
        var index = 0
        while index < sentence.count {
            if let subject = mentionWords.first(where: { sentence.matches($0.word, at: index) })?.subject {
                mentions.append((subject, index, index + 2))
                index += 2
            } else {
                index += 1
            }
        }
        guard !mentions.isEmpty else { return [] }
        let aboutDisclosure = sentence.contains(disclosure)

        var claims: [([Subject], NarrativeClaim)] = []
        var start = 0
        while start < mentions.count {
            // A group: mentions joined by nothing but `、`, `或`, `行政`, `案件` and the like.
            var end = start + 1
            while end < mentions.count,
                  sentence.scalars[mentions[end - 1].end..<mentions[end].start].allSatisfy(joiners.contains) {
                end += 1
            }
            let group = mentions[start..<end]
            start = end
            let first = group.first!, last = group.last!
            let clause = sentence.clause(around: first.start)
            guard clause.contains(last.start),
                  !sentence.containsAny(outcomes + kindsOfSuit, in: clause),
                  !sentence.speaksOfAnotherYear(before: first.start, clauseStart: clause.lowerBound, year: year)
            else { continue }
            let subjects = group.map(\.subject).reduce(into: [Subject]()) { if !$0.contains($1) { $0.append($1) } }
            let regionEnd = min(clause.upperBound, end < mentions.count ? mentions[end].start : sentence.count)
            switch sentence.count(after: last.end, before: regionEnd, units: units, reach: reach) {
            case .exact(let stated):
                guard aboutDisclosure, !sentence.contains(respectively, in: last.end..<regionEnd) else { continue }
                let claim = NarrativeClaim(sentence: sentence, position: first.start, stated: stated)
                if subjects.count > 1, sentence.containsAny(each, in: last.end..<regionEnd) {
                    claims += subjects.map { ([$0], claim) }
                } else {
                    claims.append((subjects, claim))
                }
            case .approximate:
                continue
            case nil:
                guard isNegated(sentence, in: clause.lowerBound..<first.start) else { continue }
                let claim = NarrativeClaim(sentence: sentence, position: first.start, stated: 0)
                claims += subjects.map { ([$0], claim) }
            }
        }
        return claims
    }

    /// True when `range` holds a negation (`未发生`, `没有`, `无`, but not `无论`, `无法` or `有无`).
    private static func isNegated(_ sentence: NarrativeSentence, in range: Range<Int>) -> Bool {
        for index in range where negations.contains(where: { sentence.matches($0, at: index) }) {
            if !notNegations.contains(where: { sentence.matches($0, at: index) }), !sentence.matches(whether, at: index - 1) {
                return true
            }
        }
        return false
    }

    private static let mentionWords: [(word: [Unicode.Scalar], subject: Subject)] = [
        (scalarWord("复议"), .review), (scalarWord("诉讼"), .litigation),
    ]
    private static let joiners: Set<Unicode.Scalar> = ["、", "和", "或", "及", "与", "以", "行", "政", "案", "件", "的", " ", "/"]
    private static let negations = ["未发生", "没有", "未出现", "未产生", "未涉及", "未收到", "未接到", "未被", "未有", "无", "不存在"]
        .map(scalarWord)
    private static let notNegations = ["无论", "无法", "无需", "无关", "无正当"].map(scalarWord)
    private static let whether = scalarWord("有无")
    /// Clauses with these count some cases only (by outcome).
    private static let outcomes = ["维持", "纠正", "撤销", "驳回", "败诉", "胜诉", "审结", "结果", "确认违法", "责令", "尚未", "其他"]
        .map(scalarWord)
    /// Clauses with these count one kind of suit only.
    private static let kindsOfSuit = ["未经复议", "经复议", "复议后", "直接起诉"].map(scalarWord)
    private static let disclosure = scalarWord("公开")
    /// After a group, these give the count for each of its blocks (`行政复议、行政诉讼各1件`).
    private static let each = ["各", "均"].map(scalarWord)
    /// `行政复议、行政诉讼分别为1件、2件`: counts this rule does not pair with their blocks.
    private static let respectively = scalarWord("分别")
    private static let units: Set<Unicode.Scalar> = ["件", "起", "宗", "例", "项", "个", "次"]
    /// How far after the mention the count may start: `行政复议案件数量为2件`.
    private static let reach = 12
}
