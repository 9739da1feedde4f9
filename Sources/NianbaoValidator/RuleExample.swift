import NianbaoModel

/// A small report (every cell `0` unless set) and what the rule must say of it.
public struct RuleExample: Sendable, CustomStringConvertible {
    public enum Expectation: Sendable, Equatable {
        case passes
        /// Fails, naming these cells among those involved.
        case fails(naming: [String])
        case notAssessable
    }

    /// Printed cells by key: `"5"`, `""` for blank, `"/"`, text.
    public let cells: [String: String]
    public let table2: TemplateVersion
    public let table3: TemplateVersion
    public let blankAsZero: Bool
    public let expectation: Expectation

    public init(_ cells: [String: String], table2: TemplateVersion = .v2021, table3: TemplateVersion = .v2021,
                blankAsZero: Bool = false, _ expectation: Expectation) {
        self.cells = cells
        self.table2 = table2
        self.table3 = table3
        self.blankAsZero = blankAsZero
        self.expectation = expectation
    }

    public var description: String {
        let printed = cells.sorted { $0.key < $1.key }.map { "\($0.key)=‘\($0.value)’" }.joined(separator: " ")
        return "\(printed.isEmpty ? "all zero" : printed)\(blankAsZero ? " (blank as zero)" : "") → \(expectation)"
    }
}
