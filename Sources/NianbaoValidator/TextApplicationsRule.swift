import NianbaoModel

/// A number of applications stated in the narrative (`今年累计受理依申请公开政府信息6件`, `未收到…申请`) against
/// 表三's 本年新收 total, or 本年新收 + 上年结转 where the text counts both.
///
/// A phrase is a marker (`收到`, `受理`, `新收`, `上年结转`, …) and the first count after it (a number followed by
/// `件`, `项`, …) before the next marker or the end of its clause. A clause about something else is skipped: one
/// without `申请` (主动公开…条, 人大建议…件), one about 复议, 诉讼, 投诉, 许可 and the like, one dated to another year.
struct TextApplicationsRule: SentenceRule {
    let description = RuleDescription(
        id: "text.applications", name: "applications in the text",
        summary: "a number of applications stated in the text differs from t3.new.total (or from new + carried_in where the text counts both)",
        severity: .warning,
        examples: [
            RuleExample(["t3.new.total": "6"], narrative: "今年累计受理依申请公开政府信息6件。", .passes),
            RuleExample(["t3.new.total": "5"], narrative: "今年累计受理依申请公开政府信息6件。", .fails(naming: ["t3.new.total"])),
            RuleExample([:], narrative: "2023年度未收到依申请公开申请事项。", .passes),
            RuleExample(["t3.new.total": "3"], narrative: "2023年度未收到依申请公开申请事项。", .fails(naming: ["t3.new.total"])),
            RuleExample(["t3.new.total": "5", "t3.carried_in.total": "2"],
                        narrative: "共受理政府信息公开申请7件，其中本年新收5件，上年结转2件。", .passes),
            RuleExample(["t3.new.total": "5", "t3.carried_in.total": "2"],
                        narrative: "共受理政府信息公开申请7件，其中本年新收6件，上年结转1件。",
                        .fails(naming: ["t3.new.total", "t3.carried_in.total"])),
            RuleExample(["t3.new.total": "2"], narrative: "2023年共收到网络依申请件２项，其中同意公开1项。", .passes),
            RuleExample([:], narrative: "主动公开政府信息395条，发布政策解读12篇，办理人大建议8件。", .passes),
            RuleExample(["t3.new.total": "/"], narrative: "收到政府信息公开申请6件。", .passes),
        ])

    let sentenceWords = [application]

    /// What a marker counts.
    enum Subject {
        /// 收到, 受理: the new applications, or new and carried over together.
        case received
        /// 未收到…申请: none received.
        case noneReceived
        case new
        case carriedIn
        case carriedForward
    }

    func check(_ report: Report, sentences: [NarrativeSentence], options: ValidationOptions) -> [Finding] {
        guard report[.t3].isFound else { return [] }
        return sentences.flatMap { sentence in
            Self.claims(in: sentence, year: report.year).compactMap { subject, claim in
                claim.check(against: Self.readings(of: subject), in: report, rule: description, options: options)
            }
        }
    }

    /// The cells a subject may mean, most likely first.
    static func readings(of subject: Subject) -> [[FieldKey]] {
        let new = FieldKey(.t3, "new", "total"), carriedIn = FieldKey(.t3, "carried_in", "total")
        switch subject {
        case .received, .noneReceived: return [[new], [new, carriedIn]]
        case .new: return [[new]]
        case .carriedIn: return [[carriedIn]]
        case .carriedForward: return [[FieldKey(.t3, "carried_forward", "total")]]
        }
    }

    /// The numbers of applications a sentence states.
    static func claims(in sentence: NarrativeSentence, year: Int?) -> [(Subject, NarrativeClaim)] {
        var found: [(subject: Subject, start: Int, end: Int)] = []
        var index = 0
        while index < sentence.count {
            guard let marker = markers.first(where: { sentence.matches($0.word, at: index) }) else {
                index += 1
                continue
            }
            let negated = marker.subject == .received && sentence.isPreceded(byAnyOf: negations, at: index)
            found.append((negated ? .noneReceived : marker.subject, index, index + marker.word.count))
            index += marker.word.count
        }
        var claims: [(Subject, NarrativeClaim)] = []
        for (position, marker) in found.enumerated() {
            let clause = sentence.clause(around: marker.start)
            guard !sentence.containsAny(otherMatters, in: clause),
                  !sentence.speaksOfAnotherYear(before: marker.start, clauseStart: clause.lowerBound, year: year)
            else { continue }
            switch marker.subject {
            case .received:
                // `其中通过网络收到申请3件`: a part of the applications, by channel or by applicant.
                guard sentence.contains(application, in: clause),
                      !sentence.contains(among, in: clause.lowerBound..<marker.start) else { continue }
            case .noneReceived:
                guard sentence.contains(application, in: marker.start..<clause.upperBound) else { continue }
                claims.append((.noneReceived, NarrativeClaim(sentence: sentence, position: marker.start, stated: 0)))
                continue
            case .new, .carriedIn, .carriedForward:
                // `其中本年新收5件`: the sentence has said before that it counts applications.
                guard sentence.contains(application, in: 0..<clause.upperBound) else { continue }
            }
            let end = min(clause.upperBound, position + 1 < found.count ? found[position + 1].start : sentence.count)
            guard case .exact(let stated) = sentence.count(after: marker.end, before: end, units: units) else { continue }
            claims.append((marker.subject, NarrativeClaim(sentence: sentence, position: marker.start, stated: stated)))
        }
        return claims
    }

    static let application = scalarWord("申请")
    private static let among = scalarWord("其中")

    /// Longest first where one begins another.
    private static let markers: [(word: [Unicode.Scalar], subject: Subject)] = ([
        ("上一年度结转", .carriedIn), ("上年度结转", .carriedIn), ("上一年结转", .carriedIn), ("上年结转", .carriedIn),
        ("去年结转", .carriedIn),
        ("结转至下一年", .carriedForward), ("结转到下一年", .carriedForward), ("结转下一年", .carriedForward),
        ("结转至下年", .carriedForward), ("结转到下年", .carriedForward), ("结转下年", .carriedForward),
        ("新收", .new),
        ("收到", .received), ("受理", .received), ("接收", .received), ("接到", .received), ("收悉", .received),
        ("暂无", .noneReceived), ("无依申请", .noneReceived), ("没有依申请", .noneReceived), ("未有依申请", .noneReceived),
        ("未发生依申请", .noneReceived),
    ] as [(String, Subject)]).map { (scalarWord($0.0), $0.1) }

    /// Before 收到 or 受理, these make it say that none were.
    private static let negations = ["未", "没", "没有"].map(scalarWord)

    /// Clauses with these count something other than applications for information (行政许可申请, 行政复议申请), or
    /// only some of them (不予受理…).
    private static let otherMatters = [
        "复议", "诉讼", "投诉", "举报", "信访", "咨询", "收费", "处理费", "费用", "许可", "审批", "补助", "补贴", "救助", "低保",
        "不予",
    ].map(scalarWord)

    private static let units: Set<Unicode.Scalar> = ["件", "项", "宗", "条", "份", "起", "例"]
}
