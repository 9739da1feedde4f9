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

    public init(title: String? = nil, columns: [Column], rows: [[TableValue]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
