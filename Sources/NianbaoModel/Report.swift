/// One annual report as read from a file: identity, the three tables, the narrative, and what the parser noticed.
public struct Report: Sendable {
    /// The file it was read from, as given when loading.
    public var source: String
    /// The title as printed.
    public var title: String
    /// The statistics year.
    public var year: Int?
    /// The issuing body as printed in the title.
    public var agency: String?
    /// 表二, 表三 and 表四, held in the report itself rather than in an array of their own: a loop over every
    /// report (`sum`) then reaches a table's cells without first following a pointer to the array.
    @usableFromInline var table2, table3, table4: Table
    public var narrative: [NarrativeSection]
    /// True when `narrative` keeps only some of its lines (see `abridgeNarrative(keepingLinesWith:)`); the whole
    /// text is then read back from the file when asked for.
    public var narrativeIsAbridged = false
    /// Rows printed in the tables that match no template row.
    public var unknownRows: [UnknownRow]
    public var diagnostics: [Diagnostic]
    /// A hash of the source file's bytes when it was read, to tell later whether the file has changed since;
    /// nil for a report not read from a file.
    public var sourceFingerprint: UInt64?

    public init(source: String, title: String = "", year: Int? = nil, agency: String? = nil,
                table2: TemplateVersion = .v2021, table3: TemplateVersion = .v2021) {
        self.source = source
        self.title = title
        self.year = year
        self.agency = agency
        self.table2 = Table(template: .template(.t2, table2))
        self.table3 = Table(template: .template(.t3, table3))
        table4 = Table(template: .template(.t4, .v2021))
        narrative = []
        unknownRows = []
        diagnostics = []
    }

    /// 表二, 表三, 表四 in that order.
    public var tables: [Table] {
        get { [table2, table3, table4] }
        set { (table2, table3, table4) = (newValue[0], newValue[1], newValue[2]) }
    }

    @inlinable
    public subscript(table: TableID) -> Table {
        get {
            switch table {
            case .t2: table2
            case .t3: table3
            case .t4: table4
            }
        }
        set {
            switch table {
            case .t2: table2 = newValue
            case .t3: table3 = newValue
            case .t4: table4 = newValue
            }
        }
    }

    /// The cell under a key; nil when the report's template version has no such cell.
    public subscript(key: FieldKey) -> Cell? {
        get { self[key.table][key] }
        set { self[key.table][key] = newValue }
    }

    /// Every key of the report's template versions with its cell, in template order.
    public var cells: [(key: FieldKey, cell: Cell)] {
        tables.flatMap { table in zip(table.template.keys, table.cells).map { (key: $0, cell: $1) } }
    }

    /// Keeps of the narrative only the body lines that hold one of `words`, so that a large corpus holds in memory
    /// what its checks read and not every paragraph. Headings are kept, and dropped lines are left empty so that
    /// every kept line keeps its number.
    public mutating func abridgeNarrative(keepingLinesWith words: [String]) {
        narrative = narrative.map { $0.keepingLines(with: words) }
        narrativeIsAbridged = true
    }

    /// A short name for messages: `2023 杭州市拱墅区统计局`.
    public var displayName: String {
        let name = [year.map(String.init), agency].compactMap { $0 }.joined(separator: " ")
        return name.isEmpty ? source : name
    }

}
