import NianbaoModel

/// For 行政复议 and both kinds of 行政诉讼: 维持 + 纠正 + 其他 + 尚未审结 = 总计.
struct Table4BlockSumRule: ReportRule {
    let description = RuleDescription(
        id: "t4.block_sum",
        name: "表四 blocks add up to 总计",
        summary: "for review, suit_direct and suit_after_review, upheld + corrected + other + pending = total",
        severity: .error,
        examples: [
            RuleExample([:], .passes),
            RuleExample(["t4.review.upheld": "2", "t4.review.pending": "1", "t4.review.total": "3"], .passes),
            RuleExample(["t4.suit_direct.total": "1"], .fails(naming: ["t4.suit_direct.total"])),
            RuleExample(["t4.suit_after_review.corrected": "1"], .fails(naming: ["t4.suit_after_review.corrected", "t4.suit_after_review.total"])),
            RuleExample(["t4.review.total": ""], .notAssessable),
        ])

    private static let equations = EquationsByVersion(.t4) { template in
        template.rows.map { block in
            let key = { (column: String) in FieldKey(.t4, block.key, column) }
            return Equation(in: template, left: ["upheld", "corrected", "other", "pending"].map(key), right: [key("total")],
                            subject: "‘\(([block.label] + block.parents.reversed()).reversed().joined(separator: " "))’: the results against 总计")
        }
    }

    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        let table = report[.t4]
        guard table.isFound else { return [] }
        return Self.equations.check(table, of: report, rule: description, options: options)
    }
}
