import NianbaoModel

/// A report and the same agency's report of the year before, and the arithmetic that links them: one printed
/// cell of the report against a sum of cells of either (`in_force(Y) = in_force(Y−1) + issued(Y) − repealed(Y)`).
struct CrossReportEquation {
    /// A cell of one of the two reports, added or taken away, with the word the message spells it by.
    struct Term {
        let key: FieldKey
        /// `上年结转`, `现行有效件数`; a cell of the year before is spelled with its year in front.
        let name: String
        var inPrevious = false
        var isSubtracted = false
    }

    /// The report the findings are about.
    let report: Report
    /// The same agency's report of the year before.
    let previous: Report
    /// How the two were matched, added to every message (worked out only when there is one).
    let matching: () -> String

    /// A finding about `report` when `found` differs from the sum of `expected`, or either side cannot be worked
    /// out; nil when they agree.
    /// - Parameter subject: says in words what is compared (`column ‘总计’`); worked out only for a finding.
    func check(_ found: Term, against expected: [Term], subject: @autoclosure () -> String,
               rule: RuleDescription, options: ValidationOptions) -> Finding? {
        // Most reports agree: that is settled without building any text.
        var printed = DecimalNumber.zero
        var sum = DecimalNumber.zero
        var readable = true
        for (position, term) in ([found] + expected).enumerated() {
            guard let value = value(of: term) else {
                readable = false
                break
            }
            if position == 0 {
                printed = value
            } else {
                sum = term.isSubtracted ? sum - value : sum + value
            }
        }
        if readable, printed == sum { return nil }
        return finding(found, against: expected, subject: subject(), rule: rule, options: options)
    }

    private func finding(_ found: Term, against expected: [Term], subject: String,
                         rule: RuleDescription, options: ValidationOptions) -> Finding? {
        let terms = [found] + expected
        var values: [DecimalNumber] = []
        var unreadable: [Term] = []
        var usedBlankAsZero = false
        for term in terms {
            if let operand = cell(term).operand(options: options) {
                values.append(operand.value)
                usedBlankAsZero = usedBlankAsZero || operand.blankReadAsZero
            } else {
                unreadable.append(term)
            }
        }
        // The finding points at the checked cell even when only the other report's cell is at fault.
        let line = Int(cell(found).line)
        guard unreadable.isEmpty else {
            let reasons = unreadable.map { term in
                let owner = term.inPrevious ? previous : report
                let whose = term.inPrevious ? " in \(Self.place(of: previous))" : ""
                return "‘\(owner[term.key.table].template.displayLabel(of: term.key))’\(whose) is \(Equation.describe(cell(term)))"
            }
            return Finding(rule: rule, outcome: .notAssessable, report: report, involving: unreadable.map(involved),
                           message: "\(subject) cannot be checked: \(reasons.joined(separator: "; ")); \(matching())",
                           line: line > 0 ? line : nil, blankAsZero: options.blankAsZero)
        }
        var sum = DecimalNumber.zero
        var spelled = ""
        for (term, value) in zip(expected, values.dropFirst()) {
            sum = term.isSubtracted ? sum - value : sum + value
            spelled += spelled.isEmpty ? (term.isSubtracted ? "− " : "") : (term.isSubtracted ? " − " : " + ")
            spelled += "\(name(of: term)) \(value)"
        }
        guard values[0] != sum else { return nil }
        let total = expected.count > 1 ? " = \(sum)" : ""
        return Finding(rule: rule, report: report, involving: terms.map(involved),
                       message: "\(subject): \(name(of: found)) \(values[0]) but \(spelled)\(total)"
                           + (usedBlankAsZero ? " (blank cells read as 0)" : "") + "; \(matching())",
                       expected: "\(sum)", found: "\(values[0])", line: line > 0 ? line : nil, blankAsZero: usedBlankAsZero)
    }

    /// The term's number, read without building its cell.
    private func value(of term: Term) -> DecimalNumber? {
        let table = (term.inPrevious ? previous : report)[term.key.table]
        return table.template.index(of: term.key).flatMap(table.cells.value(at:))
    }

    private func cell(_ term: Term) -> Cell {
        (term.inPrevious ? previous : report)[term.key] ?? .missing
    }

    private func involved(_ term: Term) -> Finding.Involved {
        Finding.Involved(term.key, in: term.inPrevious ? previous : report)
    }

    private func name(of term: Term) -> String {
        term.inPrevious ? [previous.year.map(String.init), term.name].compactMap { $0 }.joined(separator: " ") : term.name
    }

    /// `2022 before.txt`: where a cell of another report comes from.
    static func place(of report: Report) -> String {
        [report.year.map(String.init), report.source].compactMap { $0 }.joined(separator: " ")
    }
}
