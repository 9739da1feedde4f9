import NianbaoModel

/// The statistics period stated in the narrative (`统计期限自2023年1月1日起至2023年12月31日止`), and the year in
/// the title, against the year the report is read as.
///
/// The period is the first two years printed within a short reach after `统计期限`, `统计时限` or the like, in
/// the same sentence. After `截至` (data as of a date) the year after the report's is accepted too.
struct TextYearRule: SentenceRule {
    let description = RuleDescription(
        id: "text.year", name: "year in the text",
        summary: "the statistics period or the title's year disagrees with the year used for the report",
        severity: .warning,
        examples: [
            RuleExample([:], narrative: "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。", .passes),
            RuleExample([:], year: 2020, narrative: "本报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。", .passes),
            RuleExample([:], narrative: "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。", .fails(naming: [])),
            RuleExample([:], narrative: "本报告统计时限为２０２２年１月１日至２０２２年１２月３１日。", .fails(naming: [])),
            RuleExample([:], narrative: "本报告数据统计期限截至2024年1月10日。", .passes),
            RuleExample([:], narrative: "2022年共收到政府信息公开申请5件。", .passes),
        ])

    let sentenceWords = [scalarWord("统计")]

    func check(_ report: Report, sentences: [NarrativeSentence], options: ValidationOptions) -> [Finding] {
        guard let year = report.year else { return [] }
        var findings: [Finding] = []
        // The title ends on the line before the preface, or before the first heading when there is no preface.
        let titleLine = max(1, (report.narrative.first?.line ?? 2) - 1)
        let title = NarrativeSentence(report.title, line: titleLine)
        if let printed = title.years(in: 0..<title.count).first, printed.year != year {
            findings.append(Finding(rule: description, report: report, cells: [],
                                    message: "the title ‘\(report.title)’ names \(printed.year) but the report is read as \(year)",
                                    expected: "\(year)", found: "\(printed.year)", line: titleLine))
        }
        for sentence in sentences {
            var index = 0
            while index < sentence.count {
                guard let marker = Self.markers.first(where: { sentence.matches($0, at: index) }) else {
                    index += 1
                    continue
                }
                let end = min(sentence.count, index + marker.count + Self.reach)
                let period = sentence.years(in: (index + marker.count)..<end).prefix(2)
                let asOf = period.first.map { sentence.containsAny(Self.asOf, in: index..<$0.at) } ?? false
                let stated = period.map(\.year)
                if stated.contains(where: { $0 != year && !(asOf && $0 == year + 1) }) {
                    let spelled = Set(stated).count == 1 ? "\(stated[0])" : stated.map(String.init).joined(separator: " to ")
                    findings.append(Finding(rule: description, report: report, cells: [],
                                            message: "the text says ‘\(sentence.quote(around: index))’ (\(spelled)) but the report is for \(year)",
                                            expected: "\(year)", found: spelled, line: sentence.line))
                }
                index = end
            }
        }
        return findings
    }

    private static let markers = ["统计期限", "统计时限", "统计期间", "统计区间", "统计周期", "统计时段", "统计时间"].map(scalarWord)
    private static let asOf = ["截至", "截止"].map(scalarWord)
    /// How far after the marker the period's years may stand: `统计期限自2023年1月1日起至2023年12月31日止`.
    private static let reach = 40
}
