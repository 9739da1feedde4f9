/// What a printed cell means.
public enum CellKind: UInt8, Sendable, Hashable, CaseIterable {
    /// A number, possibly with a unit or a note printed beside it.
    case number
    /// An empty cell: missing data, never zero.
    case blank
    /// `/`, `-`, `无`, `不适用`: the agency says the cell does not apply.
    case notApplicable
    /// Anything else printed where a number belongs (`详见附表`).
    case text
    /// The cell's row or table was not found in the report at all.
    case missing

    /// The name used in every output (`number`, `blank`, `na`, `text`, `missing`).
    public var name: String {
        switch self {
        case .number: "number"
        case .blank: "blank"
        case .notApplicable: "na"
        case .text: "text"
        case .missing: "missing"
        }
    }
}
