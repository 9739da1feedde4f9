import NianbaoModel

/// Reads 表二 or 表三: finds each template row by its label and takes the values printed after it.
struct RowTableReader {
    let table: TableID
    private let matcher: LabelMatcher

    init(table: TableID) {
        self.table = table
        matcher = LabelMatcher.shared(table)
    }

    private struct FoundRow {
        let rowKey: String
        let versions: Set<TemplateVersion>
        let label: GridCell
        let values: [GridCell]
        let isLoose: Bool

        init(_ match: LabelMatcher.Match, label: GridCell, values: [GridCell]) {
            rowKey = match.candidate.rowKey
            versions = match.candidate.versions
            self.label = label
            self.values = values
            if case .loose = match { isLoose = true } else { isLoose = false }
        }
    }

    /// Text that lost its separators runs a label into its values (`一、本年新收政府信息公开申请数量801000081`):
    /// when the label without its trailing digits names a template row, the digits become a cell of their own.
    private func splitDigitsFromLabel(in row: inout [GridCell]) {
        guard let index = row.lastIndex(where: { !$0.isValue }) else { return }
        let cell = row[index]
        let digits = cell.text.reversed().prefix { LabelText.fold($0.unicodeScalars.first!).properties.numericType == .decimal }
        guard !digits.isEmpty, digits.count < cell.text.count else { return }
        let label = String(cell.text.dropLast(digits.count))
        guard matcher.match(label).contains(where: { if case .exact = $0 { true } else { false } }) else { return }
        row[index].text = label
        row.insert(GridCell(text: String(digits.reversed()), line: cell.line, column: cell.column + label.count), at: index + 1)
    }

    /// The template row a row's labels name, the label (its pieces joined when a label was printed with
    /// spaces or across cells), and where the row's values start. Labels are tried from the last one back,
    /// alone and then joined with the pieces before them, so `三、本 年 度办 （一）予以公开` finds 予以公开
    /// and `一、本年新收 政府信息公开申请数量` is read whole.
    private func match(_ row: [GridCell], lastLabel: Int, excluding foundKeys: Set<String>) -> (LabelMatcher.Match, GridCell, Int)? {
        var loose: (LabelMatcher.Match, GridCell, Int)?
        // A label comes apart into a few pieces at most: looking further back only costs time on garbage lines.
        let reach = 8
        for end in row[...lastLabel].indices.reversed().prefix(reach) where !row[end].isValue {
            var joined = ""
            for start in stride(from: end, through: max(0, end - reach + 1), by: -1) {
                guard !row[start].isValue else { break }
                joined = row[start].text + joined
                // A label in one piece has its core already.
                let candidates = (start == end ? matcher.match(core: row[end].core) : matcher.match(joined)).filter { candidate in
                    !foundKeys.contains(candidate.candidate.rowKey)
                }
                guard let first = candidates.first else { continue }
                var label = row[start]
                if start != end { label.text = joined }
                if case .exact = first { return (first, label, end + 1) }
                if loose == nil { loose = (first, label, end + 1) }
            }
        }
        return loose
    }

    func read(_ grid: TableGrid, year: Int?, headingLine: Int, into report: inout Report) {
        var found: [FoundRow] = []
        var foundKeys: Set<String> = []
        func record(_ row: FoundRow) {
            found.append(row)
            foundKeys.insert(row.rowKey)
        }
        var unknown: [(label: GridCell, values: [GridCell])] = []
        // A label broken over two lines (PDF text) leaves a matched label with no values, whose values
        // come on the next line behind the rest of the label.
        var waiting: (match: LabelMatcher.Match, label: GridCell)?
        for var row in grid.rows where !matcher.isHeader(row) {
            if row.count == 1, row[0].isRunOn || row[0].text.utf8.count > LabelMatcher.longestLabelBytes {
                // Run-on text inside a table matches no row, but is reported so that it is seen.
                unknown.append((row[0], []))
                continue
            }
            splitDigitsFromLabel(in: &row)
            guard let lastLabel = row.lastIndex(where: { !$0.isValue }) else {
                if let pending = waiting, !row.isEmpty {
                    record(FoundRow(pending.match, label: pending.label, values: row))
                    waiting = nil
                }
                continue
            }
            // A slice, copied into a found or unknown row only when the row is not matched by its own label.
            let values = row[(lastLabel + 1)...]
            if let (matched, label, valuesStart) = match(row, lastLabel: lastLabel, excluding: foundKeys) {
                let hasValues = valuesStart < row.count
                if !hasValues, case .exact = matched {
                    waiting = (matched, label)
                    continue
                }
                if case .loose = matched, !hasValues { continue }
                // The row's cells are everything after its label, text printed where a number belongs
                // (`详见附表`) included: it is a cell of kind text, not a label.
                record(FoundRow(matched, label: label, values: Array(row[valuesStart...])))
                waiting = nil
            } else if let pending = waiting, !values.isEmpty {
                record(FoundRow(pending.match, label: pending.label, values: Array(values)))
                waiting = nil
            } else if values.contains(where: { !$0.text.isEmpty }) {
                unknown.append((row[lastLabel], Array(values)))
            }
        }
        if let pending = waiting {
            record(FoundRow(pending.match, label: pending.label, values: []))
        }

        let version = detectVersion(grid, found: found, year: year)
        let template = TableTemplate.template(table, version)
        var result = Table(template: template, line: headingLine)
        for row in found {
            guard let rowIndex = template.rowIndex(row.rowKey) else {
                unknown.append((row.label, row.values))
                continue
            }
            fill(row, rowIndex: rowIndex, in: &result, report: &report)
        }
        for row in template.rows where !foundKeys.contains(row.key) {
            let keys = row.columns.map { FieldKey(table, row.key, $0.key) }
            report.diagnostics.append(Diagnostic(
                severity: .error, code: "template.missing_row",
                message: "\(table.title): row ‘\(row.label)’ not found", line: headingLine, cells: keys))
        }
        for row in unknown {
            // Labels are quoted short: a run-on line may be a megabyte long, and its line number finds it.
            report.unknownRows.append(UnknownRow(table: table, label: row.label.text.abbreviated(to: 200), values: row.values.map(\.text), line: row.label.line))
            let printed = row.values.isEmpty ? "no values"
                : "values: " + row.values.map { $0.text.isEmpty ? "␣" : $0.text }.joined(separator: " ").abbreviated(to: 120)
            report.diagnostics.append(Diagnostic(
                severity: .warning, code: "template.unknown_row",
                message: "\(table.title): row ‘\(row.label.text.abbreviated())’ matches no template row (\(printed))",
                line: row.label.line))
        }
        report[table] = result
    }

    private func fill(_ row: FoundRow, rowIndex: Int, in result: inout Table, report: inout Report) {
        let rowTemplate = result.template.rows[rowIndex]
        let fit = ValueFitter.fit(row.values, columns: rowTemplate.columns.count, arithmetic: table == .t3 ? .lastIsSum : .none)
        let first = result.template.firstIndex(ofRow: rowIndex)
        let doubt = fit.doubt ?? (row.isLoose ? "the label ‘\(row.label.text.abbreviated())’ matches ‘\(rowTemplate.label)’ only loosely" : nil)
        for (offset, printed) in fit.cells.enumerated() {
            // A cell that could not be read still points at its row.
            var cell = printed.map { CellValueReader.read($0.text, line: $0.line, column: $0.column) }
                ?? Cell(kind: .missing, raw: "", line: doubt == nil ? 0 : row.label.line)
            cell.isDoubtful = doubt != nil
            result.cells[first + offset] = cell
        }
        if let doubt {
            report.diagnostics.append(Diagnostic(
                severity: .warning, code: "parse.doubtful_row",
                message: "\(table.title): row ‘\(rowTemplate.label)’: \(doubt)", line: row.label.line,
                cells: rowTemplate.columns.map { FieldKey(table, rowTemplate.key, $0.key) }))
        }
    }

    /// The version whose own labels the table prints; the year decides only when the labels do not.
    private func detectVersion(_ grid: TableGrid, found: [FoundRow], year: Int?) -> TemplateVersion {
        var votes: [TemplateVersion: Int] = [:]
        for row in found where row.versions.count == 1 {
            votes[row.versions.first!, default: 0] += 1
        }
        let exclusive = table == .t2 ? Self.exclusiveTable2Cores : Self.exclusiveTable3Cores
        for cell in grid.rows.joined() where !cell.core.isEmpty {
            if let version = exclusive[CoreKey(cell.core)] { votes[version, default: 0] += 1 }
        }
        let v2019 = votes[.v2019, default: 0], v2021 = votes[.v2021, default: 0]
        if v2019 != v2021 { return v2019 > v2021 ? .v2019 : .v2021 }
        return (year ?? 2021) >= 2021 ? .v2021 : .v2019
    }

    /// Column labels printed in only one version (`本年制发件数` is v2021, `上一年项目数量` v2019).
    // Built once: every report asks.
    private static let exclusiveTable2Cores = exclusiveColumnCores(.t2)
    private static let exclusiveTable3Cores = exclusiveColumnCores(.t3)

    private static func exclusiveColumnCores(_ table: TableID) -> [CoreKey: TemplateVersion] {
        var versionsByCore: [CoreKey: Set<TemplateVersion>] = [:]
        for version in TemplateVersion.allCases {
            for row in TableTemplate.template(table, version).rows {
                for column in row.columns {
                    for label in [column.label] + column.aliases {
                        versionsByCore[CoreKey(LabelText.core(label)), default: []].insert(version)
                    }
                }
            }
        }
        return versionsByCore.compactMapValues { $0.count == 1 ? $0.first : nil }
    }
}
