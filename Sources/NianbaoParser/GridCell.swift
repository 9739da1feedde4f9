/// One cell of a table as laid out in the text, before it is matched to the template.
struct GridCell {
    /// Trimmed text; pieces of a label broken over lines are joined.
    var text: String
    let line: Int
    /// 1-based character column where the cell starts.
    let column: Int
    /// True when the text reads as a value (number, blank or `/`) rather than a label.
    var isValue: Bool { CellValueReader.isValue(text) }
}
