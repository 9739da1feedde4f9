import NianbaoModel

/// The `where` clause of `list`: conditions on a field's number (`行政处罚 > 100`) or on the validator's verdict
/// (`check fails`), joined by `and`. A blank, `/`, text or absent cell satisfies no numeric condition.
public struct ReportFilter: Sendable, Equatable {
    public enum Comparison: String, Sendable, CaseIterable {
        // Two-character operators first, so that `>=` is not read as `>` followed by `=100`.
        case atLeast = ">="
        case atMost = "<="
        case notEqual = "!="
        case greater = ">"
        case less = "<"
        case equal = "="

        public func holds(_ value: DecimalNumber, _ bound: DecimalNumber) -> Bool {
            switch self {
            case .atLeast: value >= bound
            case .atMost: value <= bound
            case .notEqual: value != bound
            case .greater: value > bound
            case .less: value < bound
            case .equal: value == bound
            }
        }

        /// Other spellings people type: `==`, `≥`, `≤`, `≠`.
        static let synonyms: [(String, Comparison)] = [("==", .equal), ("≥", .atLeast), ("≤", .atMost), ("≠", .notEqual)]
    }

    public enum Condition: Sendable, Equatable, CustomStringConvertible {
        /// The field's number compared with a bound.
        case number(Field, Comparison, DecimalNumber)
        /// True for `check passes` (no finding of severity error), false for `check fails`.
        case check(passes: Bool)

        public var description: String {
            switch self {
            case .number(let field, let comparison, let bound): "\(field.label) \(comparison.rawValue) \(bound)"
            case .check(let passes): passes ? "check passes" : "check fails"
            }
        }
    }

    /// What a report makes of the filter.
    public enum Verdict: Sendable, Equatable {
        case matches
        case fails
        /// A numeric condition met a cell without a number, and no other condition failed; the part says why.
        case noNumber(gap: String, field: String)
    }

    public let conditions: [Condition]

    public init(_ conditions: [Condition]) {
        self.conditions = conditions
    }

    /// Reads the words after `where`: `行政处罚 > 100`, `行政处罚>100`, `check fails`, `本年新收 >= 1 and check passes`.
    public init(parsing words: [String]) throws(FilterError) {
        var groups: [[String]] = [[]]
        for word in words {
            if word == "and" { groups.append([]) } else { groups[groups.count - 1].append(word) }
        }
        var conditions: [Condition] = []
        for group in groups {
            conditions.append(try Self.condition(group))
        }
        self.init(conditions)
    }

    /// True when some condition needs the validator's findings.
    public var needsCheck: Bool {
        conditions.contains { if case .check = $0 { true } else { false } }
    }

    /// The fields the numeric conditions name, in order, without repeats.
    public var fields: [Field] {
        var fields: [Field] = []
        for case .number(let field, _, _) in conditions where !fields.contains(field) { fields.append(field) }
        return fields
    }

    /// Tests a report; `hasError` says whether the validator found an error in it (only asked for `check`).
    public func test(_ report: Report, hasError: () -> Bool) -> Verdict {
        var missing: Verdict?
        for condition in conditions {
            switch condition {
            case .check(let passes):
                if hasError() == passes { return .fails }
            case .number(let field, let comparison, let bound):
                let part = FieldSum(field, over: [report]).parts[0]
                guard let value = part.value else {
                    if missing == nil { missing = .noNumber(gap: part.gap ?? "", field: field.label) }
                    continue
                }
                if !comparison.holds(value, bound) { return .fails }
            }
        }
        return missing ?? .matches
    }

    private static func condition(_ words: [String]) throws(FilterError) -> Condition {
        guard let first = words.first else { throw .empty }
        if first == "check" {
            switch words.dropFirst().joined(separator: " ") {
            case "fails", "fail": return .check(passes: false)
            case "passes", "pass": return .check(passes: true)
            default: throw .unknownCheck(words.joined(separator: " "))
            }
        }
        let text = words.joined(separator: " ")
        guard let (range, comparison) = operatorRange(in: text) else { throw .missingOperator(text) }
        let fieldName = text[..<range.lowerBound].trimmingSpaces()
        // Full-width digits and signs (`１００`) read as their ASCII forms.
        let boundText = String(String.UnicodeScalarView(text[range.upperBound...].unicodeScalars.map(LabelText.fold))).trimmingSpaces()
        guard !fieldName.isEmpty else { throw .missingField(text) }
        guard let bound = DecimalNumber(boundText) else { throw .notANumber(boundText, condition: text) }
        guard let field = FieldResolver.resolve(fieldName) else {
            let candidates = FieldResolver.partialMatches(fieldName)
            throw candidates.count > 1 ? .ambiguousField(fieldName, candidates: candidates.map(\.description)) : .unknownField(fieldName)
        }
        return .number(field, comparison, bound)
    }

    /// The first operator in the text, the longest spelling where two start at one place.
    private static func operatorRange(in text: String) -> (Range<String.Index>, Comparison)? {
        let spellings = Comparison.synonyms + Comparison.allCases.map { ($0.rawValue, $0) }
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if let (spelling, comparison) = spellings.filter({ rest.hasPrefix($0.0) }).max(by: { $0.0.count < $1.0.count }) {
                return (index..<text.index(index, offsetBy: spelling.count), comparison)
            }
            index = text.index(after: index)
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
