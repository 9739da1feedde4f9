import NianbaoModel

/// One value in a result table; typed so that JSON gets numbers and nulls, not strings.
public enum TableValue: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    case number(DecimalNumber)
    case integer(Int)
    case list([String])
    case null

    public init(stringLiteral value: String) { self = .text(value) }

    /// How the value reads in a text table or CSV.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .number(let number): number.description
        case .integer(let integer): String(integer)
        case .list(let items): items.joined(separator: " ")
        case .null: ""
        }
    }

    var isNumeric: Bool {
        switch self {
        case .number, .integer: true
        default: false
        }
    }
}
