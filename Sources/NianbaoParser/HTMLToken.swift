/// One piece of a web page as the reader sees it: a run of text, or a start or end tag it cares about.
struct HTMLToken {
    enum Kind: UInt8 {
        case text
        case start
        case end
    }

    var kind: Kind
    var tag: HTMLTag
    /// For a `table` start tag: true when the table holds data (rows of cells), false when it only lays out
    /// the page. Set by `HTMLTableClassifier`.
    var isDataTable = false
    /// `colspan` and `rowspan` of a `td` or `th`, clamped to what the reader handles.
    var columnSpan: Int32 = 1
    var rowSpan: Int32 = 1
    /// The bytes of a text token in the page (entities not yet decoded).
    var start: Int
    var end: Int
    /// 1-based line of the page where the token starts.
    var line: Int

    init(_ kind: Kind, _ tag: HTMLTag, start: Int, end: Int, line: Int) {
        self.kind = kind
        self.tag = tag
        self.start = start
        self.end = end
        self.line = line
    }
}
