import NianbaoModel

/// A table region cut into rows of cells, whichever of the text layouts it came in.
///
/// Word-extracted text puts one cell per line behind a tab, with a blank line between rows and labels
/// sometimes continued on the next line without a tab (`商业` / `企业`). Other exports put a row on a
/// line with tabs, pipes (`| 规章 | 0 |`) or spaces between cells. All become the same rows here; page
/// numbers and Markdown separator lines are dropped.
struct TableGrid {
    var rows: [[GridCell]]

    init(lines: ArraySlice<SourceLine>) {
        rows = Self.isCellPerLine(lines) ? Self.cellPerLineRows(lines) : Self.tabRows(lines)
    }

    /// Most non-empty lines hold a single cell after a leading tab.
    private static func isCellPerLine(_ lines: ArraySlice<SourceLine>) -> Bool {
        var single = 0, multiple = 0
        for line in lines where !line.text.isEmpty {
            let tabs = line.text.count(ofByte: UInt8(ascii: "\t"))
            if line.text.utf8.first == UInt8(ascii: "\t"), tabs == 1 { single += 1 } else if tabs > 0 { multiple += 1 }
        }
        return single > multiple
    }

    private static func cellPerLineRows(_ lines: ArraySlice<SourceLine>) -> [[GridCell]] {
        var rows: [[GridCell]] = []
        var row: [GridCell] = []
        for line in lines {
            if line.text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" }) {
                if !row.isEmpty { rows.append(row) }
                row = []
            } else if line.text.utf8.first == UInt8(ascii: "\t") {
                row.append(contentsOf: cells(of: line))
            } else if let last = row.last, !last.isValue {
                // A label broken over two lines: the second part has no tab.
                row[row.count - 1].text += line.text.trimmingWhitespace()
            } else {
                if !row.isEmpty { rows.append(row) }
                row = cells(of: line)
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    private static func tabRows(_ lines: ArraySlice<SourceLine>) -> [[GridCell]] {
        lines.lazy.filter { !$0.text.trimmingWhitespace().isEmpty && !isPageFurniture($0.text) }
            .map(cells(of:)).filter { !$0.isEmpty }
    }

    /// More cells than any template row has, with room for row numbers and notes: such a line is run-on text.
    static let maxCellsPerRow = 64

    /// The cells of one line: split at tabs, else at pipes, else at spaces. A leading separator means the
    /// line's first cell is the one after it. A line with more cells than a row can hold stays one cell, so
    /// that it is reported as text rather than matched cell by cell.
    private static func cells(of line: SourceLine) -> [GridCell] {
        let cells = separatedCells(of: line, upTo: maxCellsPerRow + 1)
        guard cells.count > maxCellsPerRow else { return cells }
        return [GridCell(text: line.text.trimmingWhitespace(), line: line.number, column: 1, isRunOn: true)]
    }

    private static func separatedCells(of line: SourceLine, upTo limit: Int) -> [GridCell] {
        let text = line.text
        if text.count(ofByte: UInt8(ascii: "\t")) > 0 { return fields(of: line, separatedBy: UInt8(ascii: "\t"), upTo: limit) }
        if text.count(ofByte: UInt8(ascii: "|")) > 0 {
            let cells = fields(of: line, separatedBy: UInt8(ascii: "|"), upTo: limit)
            // `|---|:---:|` only marks the header of a Markdown table.
            let isRule = cells.allSatisfy { cell in cell.text.isEmpty || cell.text.allSatisfy { "-:—－ ".contains($0) } }
            return isRule ? [] : cells
        }
        return words(of: line, upTo: limit)
    }

    private static func fields(of line: SourceLine, separatedBy separator: UInt8, upTo limit: Int) -> [GridCell] {
        var cells: [GridCell] = []
        var column = 1
        let text = line.text, utf8 = text.utf8
        var start = utf8.startIndex
        // Split on the separator's byte (ASCII, so it never falls inside a character).
        while cells.count < limit {
            let end = utf8[start...].firstIndex(of: separator) ?? utf8.endIndex
            let field = text[start..<end]
            let trimmed = field.trimmingWhitespace()
            let isLeadingSeparator = start == utf8.startIndex && end < utf8.endIndex && trimmed.isEmpty
            if !isLeadingSeparator {
                cells.append(GridCell(text: trimmed, line: line.number, column: column))
            }
            // Scalars, not characters: the same for report text, and no grapheme breaking per cell.
            column += field.unicodeScalars.count + 1
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        return cells
    }

    /// Space-separated cells; a label printed with spaces inside (`结果 维持`) comes apart here and is joined
    /// again when rows are matched to the template.
    private static func words(of line: SourceLine, upTo limit: Int) -> [GridCell] {
        var cells: [GridCell] = []
        let scalars = line.text.unicodeScalars
        // Scalar by scalar, columns counted in scalars as `fields` counts them: no grapheme breaking.
        var column = 1
        var start: (index: String.Index, column: Int)?
        var index = scalars.startIndex
        while index < scalars.endIndex, cells.count < limit {
            if scalars[index].isSpace {
                if let begun = start { cells.append(GridCell(text: String(scalars[begun.index..<index]), line: line.number, column: begun.column)) }
                start = nil
            } else if start == nil {
                start = (index, column)
            }
            column += 1
            scalars.formIndex(after: &index)
        }
        if let begun = start, cells.count < limit {
            cells.append(GridCell(text: String(scalars[begun.index..<index]), line: line.number, column: begun.column))
        }
        return cells
    }

    /// Page numbers a PDF leaves inside a table: `- 3 -`, `第 3 页 共 5 页`, `3/5`.
    static func isPageFurniture(_ text: Substring) -> Bool {
        // At most twelve characters that are not spaces, each a number (digits, or numerals like 三) or a
        // character of the page marks; what is left after the numbers must be one of the marks.
        var others = String.UnicodeScalarView()
        var count = 0, numbers = 0
        for scalar in text.unicodeScalars where !scalar.isSpace {
            count += 1
            if count > 12 { return false }
            if isNumber(scalar) {
                numbers += 1
            } else {
                guard markScalars.contains(scalar) else { return false }
                others.append(scalar)
            }
        }
        return numbers > 0 && pageMarks.contains(String(others))
    }

    private static let pageMarks: Set<String> = ["--", "——", "－－", "/", "第页共页", "第页", "页"]
    private static let markScalars = Set(pageMarks.flatMap(\.unicodeScalars))

    /// ASCII told without a property lookup.
    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }
}
