import NianbaoModel

/// The result of a check that did not pass: which rule, which cells, what was expected and found.
public struct Finding: Sendable {
    public enum Outcome: String, Sendable {
        case fail
        /// An operand is blank, `/`, text or absent, so the arithmetic cannot be done.
        case notAssessable = "not assessable"
    }

    /// A cell involved, with what was printed and where.
    public struct Involved: Sendable {
        public let key: FieldKey
        public let label: String
        public let cell: Cell
        /// The report the cell belongs to (cross-report rules involve two).
        public let source: String
        public let year: Int?

        public init(_ key: FieldKey, in report: Report) {
            self.key = key
            label = report[key.table].template.displayLabel(of: key)
            cell = report[key] ?? .missing
            source = report.source
            year = report.year
        }
    }

    public let rule: String
    public let severity: Severity
    public let outcome: Outcome
    public let source: String
    public let year: Int?
    public let agency: String?
    public let cells: [Involved]
    public let message: String
    public let expected: String?
    public let found: String?
    /// The line to look at first.
    public let line: Int
    /// True when blanks were read as 0 to reach this result.
    public let blankAsZero: Bool

    public init(rule: RuleDescription, outcome: Outcome = .fail, report: Report, cells: [FieldKey], message: String,
                expected: String? = nil, found: String? = nil, line: Int? = nil, blankAsZero: Bool = false) {
        self.init(rule: rule, outcome: outcome, report: report, involving: cells.map { Involved($0, in: report) },
                  message: message, expected: expected, found: found, line: line, blankAsZero: blankAsZero)
    }

    /// A finding about `report` whose cells may come from other reports too.
    public init(rule: RuleDescription, outcome: Outcome = .fail, report: Report, involving cells: [Involved], message: String,
                expected: String? = nil, found: String? = nil, line: Int? = nil, blankAsZero: Bool = false) {
        self.rule = rule.id
        severity = rule.severity
        self.outcome = outcome
        source = report.source
        year = report.year
        agency = report.agency
        self.cells = cells
        self.message = message
        self.expected = expected
        self.found = found
        self.line = line ?? cells.filter { $0.source == report.source }.map { Int($0.cell.line) }.filter { $0 > 0 }.min() ?? 0
        self.blankAsZero = blankAsZero
    }
}
