import NianbaoModel

/// Two files that claim to be the same agency's report for the same year, and disagree.
struct CorpusDuplicateRule: AgencyRule {
    let description = RuleDescription(
        id: "corpus.duplicate",
        name: "conflicting reports of one agency and year",
        summary: "two reports for the same agency and year whose cells differ",
        severity: .warning,
        examples: [
            RuleExample(["t3.new.total": "2"], .passes),
            RuleExample(["t3.new.total": "2"], duplicate: ["t3.new.total": "2"], .passes),
            RuleExample(["t2.penalty.decisions": "/"], duplicate: ["t2.penalty.decisions": "无"], .passes),
            RuleExample([:], previous: ["t3.new.total": "3"], .passes),
            RuleExample(["t3.new.total": "2"], duplicate: ["t3.new.total": "3"], .fails(naming: ["t3.new.total"])),
            RuleExample(["t4.review.total": ""], duplicate: [:], .fails(naming: ["t4.review.total"])),
        ])

    /// How many differing cells a finding lists; the message counts them all.
    static let listedCells = 5

    func check(_ index: ReportsByAgency, at positions: [Int], options: ValidationOptions) -> [Finding] {
        positions.flatMap { position -> [Finding] in
            let others = index.differing(from: position)
            guard !others.isEmpty else { return [] }
            let report = index.reports[position], key = index.keys[position]
            return others.compactMap { other -> Finding? in
                let keys = ReportsByAgency.differences(between: report, and: other)
                guard !keys.isEmpty else { return nil }
                let listed = keys.prefix(Self.listedCells)
                let spelled = listed.map { key in
                    "\(key) \(Equation.describe(report[key] ?? .missing)) against \(Equation.describe(other[key] ?? .missing))"
                }
                let more = keys.count > listed.count ? " and \(keys.count - listed.count) more" : ""
                return Finding(rule: description, report: report,
                               involving: listed.flatMap { [Finding.Involved($0, in: report), Finding.Involved($0, in: other)] },
                               message: "\(keys.count) cell\(keys.count == 1 ? "" : "s") differ\(keys.count == 1 ? "s" : "") from "
                                   + "\(other.source) of the same agency and year: \(spelled.joined(separator: ", "))\(more); "
                                   + ReportsByAgency.matching(report, with: other, as: key))
            }
        }
    }
}
