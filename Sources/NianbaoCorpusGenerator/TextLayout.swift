/// How a generated report prints its tables.
public enum TextLayout: String, Sendable, CaseIterable, Codable {
    /// Word's text extraction: each cell on its own line behind a tab, a blank line between rows.
    case cellPerLine
    /// One row per line, tabs between cells.
    case tabRows
    /// One row per line, `| a | b |` as Markdown prints it.
    case pipes
    /// One row per line, cells apart by runs of two to four spaces, as text taken from a PDF.
    case spaces
    /// A whole web page as a government site publishes it: the narrative as paragraphs, each table a `<table>`
    /// with the template's merged cells.
    case html

    /// The layouts of plain-text reports, the mix of a generated corpus unless told otherwise.
    public static let plainText: [TextLayout] = [.cellPerLine, .tabRows, .pipes, .spaces]

    /// The extension of the files written in this layout (the corpus loader picks files by it).
    public var fileExtension: String { self == .html ? "html" : "txt" }

    /// The cell lines of one table row (plain-text layouts; a web page is written by `HTMLReportWriter`).
    func lines(_ cells: [String]) -> [String] {
        switch self {
        case .cellPerLine: cells.map { "\t" + $0 } + [""]
        case .tabRows: [cells.joined(separator: "\t")]
        case .pipes: ["| " + cells.joined(separator: " | ") + " |"]
        case .spaces: [spaced(cells)]
        case .html: preconditionFailure("a web page is written by HTMLReportWriter, not row by row")
        }
    }

    /// Cells apart by runs whose length varies along the row, since a PDF's text pads each cell to where
    /// its column starts; never one space, which also stands inside labels.
    private func spaced(_ cells: [String]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += String(repeating: " ", count: 2 + index % 3) }
            line += cell
        }
        return line
    }
}
