import NianbaoModel

/// The regulations and normative documents in force at the end of a year are those of the year before, plus
/// those issued, less those repealed.
struct CorpusInForceRule: ConsecutiveYearsRule {
    let description = RuleDescription(
        id: "corpus.in_force",
        name: "表二 documents in force follow from the year before",
        summary: "in v2021 表二, in_force of year Y equals in_force of Y−1 plus issued less repealed, for regulations and normative",
        severity: .warning,
        examples: [
            RuleExample([:], previous: [:], .passes),
            RuleExample(["t2.regulations.issued": "2", "t2.regulations.repealed": "1", "t2.regulations.in_force": "6"],
                        previous: ["t2.regulations.in_force": "5"], .passes),
            RuleExample(["t2.normative.in_force": "4"], .passes),
            RuleExample([:], table2: .v2019, previous: [:], .passes),
            RuleExample(["t2.normative.in_force": "4"], previous: ["t2.normative.in_force": "5"],
                        .fails(naming: ["t2.normative.in_force"])),
            RuleExample(["t2.regulations.issued": "1"], previous: [:],
                        .fails(naming: ["t2.regulations.in_force", "t2.regulations.issued"])),
            RuleExample(["t2.normative.repealed": ""], previous: [:], .notAssessable),
            RuleExample(["t2.normative.repealed": ""], blankAsZero: true, previous: [:], .passes),
            RuleExample(["t2.regulations.in_force": "/"], previous: ["t2.regulations.in_force": "/"], .notAssessable),
        ])

    /// The 表二 items that count documents in force, each with its equation.
    static let equations = ["regulations", "normative"].map { item in
        let key = { (measure: String) in FieldKey(.t2, item, measure) }
        return (item, CrossReportEquation(.init(key: key("in_force"), name: "现行有效件数"),
                                          against: [.init(key: key("in_force"), name: "现行有效件数", inPrevious: true),
                                                    .init(key: key("issued"), name: "本年制发件数"),
                                                    .init(key: key("repealed"), name: "本年废止件数", isSubtracted: true)]))
    }

    func check(_ report: Report, after previous: Report, matching: () -> String, options: ValidationOptions) -> [Finding] {
        // v2019 表二 counts 对外公开总数量, not documents in force: the two cannot be chained.
        guard report[.t2].isFound, previous[.t2].isFound, report[.t2].version == .v2021, previous[.t2].version == .v2021 else { return [] }
        return Self.equations.compactMap { item, equation in
            equation.check(report, after: previous, subject: "‘\(report[.t2].template.row(item)?.label ?? item)’", matching: matching,
                           rule: description, options: options)
        }
    }
}
