import NianbaoModel

/// One printed cell of a report against a sum of cells of it and of the same agency's report of the year
/// before (`in_force(Y) = in_force(Y−1) + issued(Y) − repealed(Y)`). Built once per rule, with each term's
/// position in every template version, since every pair of reports checks the same.
struct CrossReportEquation: Sendable {
    /// A cell of one of the two reports, added or taken away, with the word the message spells it by.
    struct Term: Sendable {
        let key: FieldKey
        /// `上年结转`, `现行有效件数`; a cell of the year before is spelled with its year in front.
        let name: String
        let inPrevious: Bool
        let isSubtracted: Bool
        /// The key's position in the 2019 and the 2021 template of its table.
        private let positions: (v2019: Int?, v2021: Int?)

        init(key: FieldKey, name: String, inPrevious: Bool = false, isSubtracted: Bool = false) {
            self.key = key
            self.name = name
            self.inPrevious = inPrevious
            self.isSubtracted = isSubtracted
            positions = (TableTemplate.template(key.table, .v2019).index(of: key), TableTemplate.template(key.table, .v2021).index(of: key))
        }

        func position(in version: TemplateVersion) -> Int? {
            switch version {
            case .v2019: positions.v2019
            case .v2021: positions.v2021
            }
        }
    }

    let found: Term
    let expected: [Term]

    init(_ found: Term, against expected: [Term]) {
        self.found = found
        self.expected = expected
    }

    /// A finding about `report` when `found` differs from the sum of `expected`, or either side cannot be worked
    /// out; nil when they agree.
    /// - Parameters:
    ///   - subject: says in words what is compared (`column ‘总计’`); worked out only for a finding.
    ///   - matching: how the two reports were matched, added to every message; worked out only for a finding.
    func check(_ report: Report, after previous: Report, subject: @autoclosure () -> String, matching: () -> String,
               rule: RuleDescription, options: ValidationOptions) -> Finding? {
        // Most reports agree: that is settled without building any cell or text.
        if let printed = Self.value(of: found, in: report, after: previous) {
            var sum: DecimalNumber? = .zero
            for term in expected {
                guard let value = Self.value(of: term, in: report, after: previous) else {
                    sum = nil
                    break
                }
                sum = term.isSubtracted ? sum! - value : sum! + value
            }
            if printed == sum { return nil }
        }
        return Pair(report: report, previous: previous, matching: matching())
            .finding(found, against: expected, subject: subject(), rule: rule, options: options)
    }

    /// The term's number, read without building its cell.
    private static func value(of term: Term, in report: Report, after previous: Report) -> DecimalNumber? {
        let table = (term.inPrevious ? previous : report)[term.key.table]
        return term.position(in: table.version).flatMap(table.cells.value(at:))
    }
}

/// The two reports of a finding, and how they were matched.
private struct Pair {
    let report: Report
    let previous: Report
    let matching: String

    typealias Term = CrossReportEquation.Term

    func finding(_ found: Term, against expected: [Term], subject: String,
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
                           message: "\(subject) cannot be checked: \(reasons.joined(separator: "; ")); \(matching)",
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
                           + (usedBlankAsZero ? " (blank cells read as 0)" : "") + "; \(matching)",
                       expected: "\(sum)", found: "\(values[0])", line: line > 0 ? line : nil, blankAsZero: usedBlankAsZero)
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
