import NianbaoModel

/// One cell of a table as laid out in the text, before it is matched to the template.
struct GridCell {
    /// Trimmed text; pieces of a label broken over lines are joined.
    var text: String {
        didSet { (isValue, core) = Self.reading(text, isRunOn: isRunOn) }
    }
    let line: Int
    /// 1-based character column where the cell starts.
    let column: Int
    /// True when the text reads as a value (number, blank or `/`) rather than a label; asked often, so kept.
    private(set) var isValue: Bool
    /// A whole line kept as one cell because it had more cells than a row can hold.
    let isRunOn: Bool
    /// The label's core (`LabelText.core`), empty for a value or text too long to be a label: headers, versions
    /// and rows are all told by it, so it is worked out once.
    private(set) var core: String

    init(text: String, line: Int, column: Int, isRunOn: Bool = false) {
        self.text = text
        self.line = line
        self.column = column
        self.isRunOn = isRunOn
        (isValue, core) = Self.reading(text, isRunOn: isRunOn)
    }

    private static func reading(_ text: String, isRunOn: Bool) -> (isValue: Bool, core: String) {
        let isValue = !isRunOn && CellValueReader.isValue(text)
        let isLabel = !isValue && !isRunOn && text.utf8.count <= LabelMatcher.longestLabelBytes
        return (isValue, isLabel ? LabelText.core(text) : "")
    }
}
