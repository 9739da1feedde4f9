/// One cell of a table as laid out in the text, before it is matched to the template.
struct GridCell {
    /// Trimmed text; pieces of a label broken over lines are joined.
    var text: String {
        didSet { isValue = CellValueReader.isValue(text) }
    }
    let line: Int
    /// 1-based character column where the cell starts.
    let column: Int
    /// True when the text reads as a value (number, blank or `/`) rather than a label; asked often, so kept.
    private(set) var isValue: Bool
    /// A whole line kept as one cell because it had more cells than a row can hold.
    let isRunOn: Bool

    init(text: String, line: Int, column: Int, isRunOn: Bool = false) {
        self.text = text
        self.line = line
        self.column = column
        self.isRunOn = isRunOn
        isValue = !isRunOn && CellValueReader.isValue(text)
    }
}
