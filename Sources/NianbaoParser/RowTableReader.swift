import NianbaoModel

/// Reads 表二 or 表三: finds each template row by its label and takes the values printed after it.
struct RowTableReader {
    let table: TableID
    private let matcher: LabelMatcher

    init(table: TableID) {
        self.table = table
        matcher = LabelMatcher(table: table)
    }

    private struct FoundRow {
        let rowKey: String
        let versions: Set<TemplateVersion>
        let label: GridCell
        let values: [GridCell]
        let isLoose: Bool
    }

    func read(_ grid: TableGrid, year: Int?, headingLine: Int, into report: inout Report) {
        var found: [FoundRow] = []
        var unknown: [(label: GridCell, values: [GridCell])] = []
        for row in grid.rows where !matcher.isHeader(row) {
            guard let lastLabel = row.lastIndex(where: { !$0.isValue }) else { continue }
            let values = Array(row[(lastLabel + 1)...])
            var match: (LabelMatcher.Match, Int)?
            for index in row[...lastLabel].indices.reversed() {
                let candidates = matcher.match(row[index].text).filter { candidate in
                    !found.contains { $0.rowKey == candidate.candidate.rowKey }
                }
                if let first = candidates.first { match = (first, index); break }
            }
            if let (matched, labelIndex) = match {
                if case .loose = matched, values.isEmpty { continue }
                // The row's cells are everything after its label, text printed where a number belongs
                // (`详见附表`) included: it is a cell of kind text, not a label.
                found.append(FoundRow(rowKey: matched.candidate.rowKey, versions: matched.candidate.versions,
                                      label: row[labelIndex], values: Array(row[(labelIndex + 1)...]),
                                      isLoose: { if case .loose = matched { true } else { false } }()))
            } else if values.contains(where: { !$0.text.isEmpty }) {
                unknown.append((row[lastLabel], values))
            }
        }

        let version = detectVersion(grid, found: found, year: year)
        let template = TableTemplate.template(table, version)
        var result = Table(template: template, line: headingLine)
        for row in found {
            guard let rowIndex = template.rows.firstIndex(where: { $0.key == row.rowKey }) else {
                unknown.append((row.label, row.values))
                continue
            }
            fill(row, rowIndex: rowIndex, in: &result, report: &report)
        }
        for row in template.rows where !found.contains(where: { $0.rowKey == row.key }) {
            let keys = row.columns.map { FieldKey(table, row.key, $0.key) }
            report.diagnostics.append(Diagnostic(
                severity: .error, code: "template.missing_row",
                message: "\(table.title): row ‘\(row.label)’ not found", line: headingLine, cells: keys))
        }
        for row in unknown {
            report.unknownRows.append(UnknownRow(table: table, label: row.label.text, values: row.values.map(\.text), line: row.label.line))
            let printed = row.values.map { $0.text.isEmpty ? "␣" : $0.text }.joined(separator: " ")
            report.diagnostics.append(Diagnostic(
                severity: .warning, code: "template.unknown_row",
                message: "\(table.title): row ‘\(row.label.text)’ matches no template row (values: \(printed))",
                line: row.label.line))
        }
        report[table] = result
    }

    private func fill(_ row: FoundRow, rowIndex: Int, in result: inout Table, report: inout Report) {
        let rowTemplate = result.template.rows[rowIndex]
        let fit = ValueFitter.fit(row.values, columns: rowTemplate.columns.count)
        let first = result.template.firstIndex(ofRow: rowIndex)
        let keys = rowTemplate.columns.map { FieldKey(table, rowTemplate.key, $0.key) }
        let doubt = fit.doubt ?? (row.isLoose ? "the label ‘\(row.label.text)’ matches ‘\(rowTemplate.label)’ only loosely" : nil)
        for (offset, printed) in fit.cells.enumerated() {
            var cell = printed.map { CellValueReader.read($0.text, line: $0.line, column: $0.column) } ?? .missing
            cell.isDoubtful = doubt != nil
            result.cells[first + offset] = cell
        }
        if let doubt {
            report.diagnostics.append(Diagnostic(
                severity: .warning, code: "parse.doubtful_row",
                message: "\(table.title): row ‘\(rowTemplate.label)’: \(doubt)", line: row.label.line, cells: keys))
        }
    }

    /// The version whose own labels the table prints; the year decides only when the labels do not.
    private func detectVersion(_ grid: TableGrid, found: [FoundRow], year: Int?) -> TemplateVersion {
        var votes: [TemplateVersion: Int] = [:]
        for row in found where row.versions.count == 1 {
            votes[row.versions.first!, default: 0] += 1
        }
        let exclusive = Self.exclusiveColumnCores(table)
        for cell in grid.rows.joined() {
            if let version = exclusive[LabelText.core(cell.text)] { votes[version, default: 0] += 1 }
        }
        let v2019 = votes[.v2019, default: 0], v2021 = votes[.v2021, default: 0]
        if v2019 != v2021 { return v2019 > v2021 ? .v2019 : .v2021 }
        return (year ?? 2021) >= 2021 ? .v2021 : .v2019
    }

    /// Column labels printed in only one version (`本年制发件数` is v2021, `上一年项目数量` v2019).
    private static func exclusiveColumnCores(_ table: TableID) -> [String: TemplateVersion] {
        var versionsByCore: [String: Set<TemplateVersion>] = [:]
        for version in TemplateVersion.allCases {
            for row in TableTemplate.template(table, version).rows {
                for column in row.columns {
                    for label in [column.label] + column.aliases {
                        versionsByCore[LabelText.core(label), default: []].insert(version)
                    }
                }
            }
        }
        return versionsByCore.compactMapValues { $0.count == 1 ? $0.first : nil }
    }
}
