/// A result as rows and named columns, rendered in whichever output format is chosen.
public struct DataTable: Sendable {
    public struct Column: Sendable {
        /// The heading shown in text and Markdown.
        public let title: String
        /// The name in CSV headers and JSON records.
        public let key: String
        /// Text output cuts longer values with `…` so wide tables still fit a terminal; other formats keep them whole.
        public let maxWidth: Int?
        /// Right-aligned in text output; by default columns holding numbers are.
        public let alignsRight: Bool?
        /// True for the bars a chart draws: no heading rule under them.
        var isChart = false

        public init(_ title: String, key: String? = nil, maxWidth: Int? = nil, alignsRight: Bool? = nil) {
            self.title = title
            self.key = key ?? title
            self.maxWidth = maxWidth
            self.alignsRight = alignsRight
        }
    }

    public var title: String?
    public var columns: [Column]
    public var rows: [[TableValue]]
    /// Lines printed under the table in text formats (legends, counts).
    public var notes: [String]
    /// Bars drawn beside a column of numbers in text output; CSV, JSON and Markdown leave them out.
    public var chart: Chart?

    /// A bar chart of one column: a bar per row, scaled so that the largest value fills the width.
    public struct Chart: Sendable {
        /// The key of the column whose numbers the bars show; the bars stand right after it.
        public let column: String
        /// How many characters the longest bar takes.
        public let width: Int

        public init(of column: String, width: Int = 30) {
            self.column = column
            self.width = width
        }
    }

    public init(title: String? = nil, columns: [Column], rows: [[TableValue]] = [], notes: [String] = [], chart: Chart? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.chart = chart
    }
}
