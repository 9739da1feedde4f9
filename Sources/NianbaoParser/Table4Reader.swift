import NianbaoModel

/// Reads 表四, whose header spans several rows: either one row per block (`行政复议` followed by its five
/// values) or, as the template prints it, the fifteen values after the whole header.
struct Table4Reader {
    private let template = TableTemplate.template(.t4, .v2021)
    /// Cores of the labels the header prints (`行政复议`, `行政诉讼`, `结果维持`…): text printed among the
    /// values (`详见附表`) is a cell, not one of these.
    private let headerCores: Set<String> = {
        let template = TableTemplate.template(.t4, .v2021)
        let labels = template.rows.flatMap { [$0.label] + $0.parents + $0.columns.map(\.label) }
        return Set(labels.map(LabelText.core))
    }()

    func read(_ grid: TableGrid, headingLine: Int, into report: inout Report) {
        var result = Table(template: template, line: headingLine)
        let columns = template.rows[0].columns.count
        let perBlock = readRowsPerBlock(grid, columns: columns)
        let printed: [GridCell]
        if perBlock.count == template.rows.count, perBlock.allSatisfy({ $0.count == columns }) {
            printed = perBlock.flatMap { $0 }
        } else {
            // Everything after the last label of the header, over as many lines as it takes; text before the
            // first value (`单位：件`, a label the template does not print) is not one of them.
            let cells = grid.rows.flatMap { $0 }
            let start = (cells.lastIndex { !$0.isValue && isHeaderLabel($0) }).map { $0 + 1 } ?? 0
            printed = Array(cells[start...].drop { !$0.isValue })
        }
        let fit = ValueFitter.fit(printed, columns: template.keys.count, arithmetic: .blocksOfFive)
        for (index, cell) in fit.cells.enumerated() {
            var value = cell.map { CellValueReader.read($0.text, line: $0.line, column: $0.column) }
                ?? Cell(kind: .missing, raw: "", line: fit.doubt == nil ? 0 : printed.first?.line ?? headingLine)
            value.isDoubtful = fit.doubt != nil
            result.cells[index] = value
        }
        if let doubt = fit.doubt {
            report.diagnostics.append(Diagnostic(
                severity: .warning, code: "parse.doubtful_row",
                message: "\(TableID.t4.title): \(doubt)", line: printed.first?.line ?? headingLine, cells: template.keys))
        }
        report[.t4] = result
    }

    private func isHeaderLabel(_ cell: GridCell) -> Bool { headerCores.contains(cell.core) }

    /// The values of rows labelled with a block's name, when every block has such a row.
    private func readRowsPerBlock(_ grid: TableGrid, columns: Int) -> [[GridCell]] {
        template.rows.compactMap { block in
            let core = LabelText.core(block.label)
            return grid.rows.lazy.compactMap { row -> [GridCell]? in
                guard let label = row.lastIndex(where: { !$0.isValue && isHeaderLabel($0) }),
                      row[label].core == core else { return nil }
                let values = Array(row[(label + 1)...])
                return values.contains { !$0.text.isEmpty } ? ValueFitter.fit(values, columns: columns, arithmetic: .blocksOfFive).cells.compactMap { $0 } : nil
            }.first
        }
    }
}
