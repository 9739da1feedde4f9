import NianbaoCorpus

extension FieldSum.Part {
    /// Why the report gives no number, in words for a table: `blank`, `na ‘/’`, `text ‘详见附表’`, `absent …`.
    var whyNoNumber: String? {
        guard let gap else { return nil }
        switch gap {
        case "na", "text": return "\(gap) ‘\(printed ?? "")’"
        case "absent": return "absent (not in the report's template version)"
        case "missing": return "missing (not printed in the report)"
        default: return gap
        }
    }
}
