/// How a generated report prints its tables.
public enum TextLayout: String, Sendable, CaseIterable, Codable {
    /// Word's text extraction: each cell on its own line behind a tab, a blank line between rows.
    case cellPerLine
    /// One row per line, tabs between cells.
    case tabRows
    /// One row per line, `| a | b |` as Markdown prints it.
    case pipes

    /// The cell lines of one table row.
    func lines(_ cells: [String]) -> [String] {
        switch self {
        case .cellPerLine: cells.map { "\t" + $0 } + [""]
        case .tabRows: [cells.joined(separator: "\t")]
        case .pipes: ["| " + cells.joined(separator: " | ") + " |"]
        }
    }
}
