import NianbaoModel

/// A small report (every cell `0` unless set), optionally with its narrative and the same agency's report of
/// the year before, and what the rule must say of it.
public struct RuleExample: Sendable, CustomStringConvertible {
    public enum Expectation: Sendable, Equatable, CustomStringConvertible {
        case passes
        /// Fails, naming these cells among those involved.
        case fails(naming: [String])
        case notAssessable

        public var description: String {
            switch self {
            case .passes: "passes"
            case .fails(let keys): keys.isEmpty ? "fails" : "fails, naming \(keys.joined(separator: ", "))"
            case .notAssessable: "not assessable"
            }
        }
    }

    /// Printed cells by key: `"5"`, `""` for blank, `"/"`, text.
    public let cells: [String: String]
    public let table2: TemplateVersion
    public let table3: TemplateVersion
    public let blankAsZero: Bool
    /// The report's year (the year before has `previous`).
    public let year: Int
    /// The narrative text, for rules that read it.
    public let narrative: String
    /// Cells of the same agency's report for `year − 1`; nil when there is none.
    public let previous: [String: String]?
    /// Cells of another report of the same agency and year, read from another file; nil when there is none.
    public let duplicate: [String: String]?
    /// Tables (`t4`) or rows (`t3.new`) the report does not print.
    public let absent: [String]
    /// Labels of 表三 rows printed outside the template.
    public let unknownRows: [String]
    public let expectation: Expectation

    public init(_ cells: [String: String], table2: TemplateVersion = .v2021, table3: TemplateVersion = .v2021,
                blankAsZero: Bool = false, year: Int = 2023, narrative: String = "", previous: [String: String]? = nil,
                duplicate: [String: String]? = nil, absent: [String] = [], unknownRows: [String] = [], _ expectation: Expectation) {
        self.cells = cells
        self.table2 = table2
        self.table3 = table3
        self.blankAsZero = blankAsZero
        self.year = year
        self.narrative = narrative
        self.previous = previous
        self.duplicate = duplicate
        self.absent = absent
        self.unknownRows = unknownRows
        self.expectation = expectation
    }

    public var description: String { "\(setup) → \(expectation)" }

    /// The example's report in words: `2023 t3.new.total=‘6’`.
    public var setup: String {
        let printed = cells.sorted { $0.key < $1.key }.map { "\($0.key)=‘\($0.value)’" }.joined(separator: " ")
        let before = previous.map { cells in " after " + (cells.isEmpty ? "all zero" : cells.sorted { $0.key < $1.key }.map { "\($0.key)=‘\($0.value)’" }.joined(separator: " ")) } ?? ""
        let twin = duplicate.map { cells in " and in a second file " + (cells.isEmpty ? "all zero" : cells.sorted { $0.key < $1.key }.map { "\($0.key)=‘\($0.value)’" }.joined(separator: " ")) } ?? ""
        let text = (narrative.isEmpty ? "" : " text ‘\(narrative)’") + (absent.isEmpty ? "" : " without \(absent.joined(separator: ", "))")
            + (unknownRows.isEmpty ? "" : " with rows \(unknownRows.joined(separator: ", "))")
        return "\(year) \(printed.isEmpty ? "all zero" : printed)\(before)\(twin)\(text)\(blankAsZero ? " (blank as zero)" : "")"
    }
}
