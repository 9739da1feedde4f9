import NianbaoCorpus
import NianbaoModel
import TerminalText

/// `show SELECTOR KEY`: one cell with where it came from, so that it can be cited from the original.
extension ShowCommand {
    /// The cell the last word names (`t3.new.total`, `t3.new`, `行政处罚`), or nil when the words are a selector
    /// (with or without a part). A word shaped like a key is always a cell; a label only when the words with it
    /// name no report.
    func cellKey(named words: [String], in session: Session) throws(ShellError) -> FieldKey? {
        guard let word = words.last else { return nil }
        let shapedLikeKey = TableID.allCases.contains { word.hasPrefix($0.rawValue + ".") }
        if !shapedLikeKey, !session.corpus.select(Selector(words)).isEmpty { return nil }
        guard let field = FieldResolver.resolve(word) else {
            if shapedLikeKey {
                throw .unknownField(word, suggestion: Suggestion.closest(to: word, among: FieldResolver.allKeys.map(\.description)))
            }
            let candidates = FieldResolver.partialMatches(word)
            if candidates.count > 1, !session.corpus.select(Selector(words.dropLast())).isEmpty {
                throw .ambiguousField(word, candidates: candidates.map(\.description))
            }
            return nil
        }
        switch field.target {
        case .cell(let key): return key
        case .group(let group, _): throw .groupIsNotACell(word, rows: group.rows)
        }
    }

    /// The report the words name; when they name none and the last word is a near miss of a part (`tabel3`) or of
    /// a field label after a selector that works, the error says so.
    func report(_ words: [String], in session: Session) throws(ShellError) -> Report {
        do {
            return try session.report(Selector(words))
        } catch {
            switch error {
            case .selection(.noMatch), .noReportMatchesDidYouMean: break
            default: throw error
            }
            guard let last = words.last else { throw error }
            if let part = Suggestion.closest(to: last, among: Part.allCases.map(\.rawValue)) {
                throw .unknownShowPart(last, suggestion: part)
            }
            let rest = Selector(words.dropLast())
            let restNamesReports = rest.isEmpty ? session.corpus.reports.count == 1 : !session.corpus.select(rest).isEmpty
            if restNamesReports, let label = Suggestion.closest(to: LabelText.core(last), among: FieldResolver.labelEntries.map(\.core)) {
                throw .unknownField(last, suggestion: label)
            }
            throw error
        }
    }

    func cell(_ key: FieldKey, named word: String, of report: Report, in session: Session) throws(ShellError) -> CommandOutput {
        // A label both template versions print (`（六）其他处理`) names the row of the version the report has.
        let core = LabelText.core(word)
        let key = report[key] != nil ? key : FieldResolver.labelEntries.first { $0.core == core && report[$0.key] != nil }?.key ?? key
        guard let provenance = CellProvenance(key, in: report) else {
            let table = report[key.table]
            throw .cellNotInTemplate(key: key.description, report: report.displayName,
                                     table: table.template.table.chineseName, version: table.version.rawValue)
        }
        switch session.settings.format {
        case .json: return CommandOutput([.raw(Self.record(provenance).serialized + "\n")])
        case .csv: return CommandOutput([.table(Self.row(provenance))])
        case .table, .markdown: return CommandOutput(Self.readable(provenance, markdown: session.settings.format == .markdown))
        }
    }

    // MARK: Forms of a cell's provenance

    /// What the line number means in the file's format.
    private static func lineMeaning(_ format: CellProvenance.SourceFormat?) -> String? {
        switch format {
        case .html: "the line of the page where the cell's table row starts; the lines shown are the page's text as read"
        case .docx: "the paragraph or table row of the Word document, counted from 1; the lines shown are its text as read"
        case .text, nil: nil
        }
    }

    /// Why no context is shown, or a caution about the one shown.
    private static func fileRemark(_ provenance: CellProvenance) -> String? {
        switch provenance.state {
        case .unchanged: nil
        case .unverified: "this report was not loaded from the file, so the file is shown as it is now"
        case .changed: "the file has changed since it was loaded, so its lines would not be those the cell was read from; load it again"
        case .vanished: "the file is no longer there"
        case .unreadable(let reason): "the file cannot be read now: \(reason)"
        }
    }

    private static func readable(_ provenance: CellProvenance, markdown: Bool) -> [CommandOutput.Block] {
        let cell = provenance.cell
        let name = [provenance.year.map(String.init), provenance.agency].compactMap { $0 }.joined(separator: " ")
        var fields: [(String, String)] = [
            ("label", provenance.label),
            ("kind", cell.kind.name),
            ("value", cell.value?.description ?? "—"),
            ("raw", cell.kind != .missing ? "‘\(cell.raw)’" : cell.isDoubtful ? "(printed but not read)" : "(not printed)"),
            ("doubtful", cell.isDoubtful ? "yes" : "no"),
            ("file", provenance.source),
        ]
        if cell.line > 0 {
            let column = cell.column == 0 ? "" : provenance.format == .text || provenance.format == nil ? ", column \(cell.column)" : " (column \(cell.column) of the row as read)"
            fields.append(("line", "\(cell.line)" + column))
        } else {
            fields.append(("line", "none: the report does not print this cell"))
        }
        if let meaning = lineMeaning(provenance.format), cell.line > 0 { fields.append(("", meaning)) }
        for diagnostic in provenance.diagnostics {
            fields.append(("notice", "\(diagnostic.code): \(diagnostic.message)" + (diagnostic.line > 0 ? " (line \(diagnostic.line))" : "")))
        }
        // In text the fields stand as the lines under `show`'s heading do; Markdown needs a header row.
        var blocks: [CommandOutput.Block] = [
            .text("\(name.isEmpty ? provenance.source : name)  \(provenance.key)"),
            .table(DataTable(columns: [DataTable.Column(markdown ? "field" : ""), DataTable.Column(markdown ? "value" : "")],
                             rows: fields.map { [.text(markdown ? $0.0 : "  " + $0.0), .text($0.1)] })),
        ]
        if let remark = fileRemark(provenance), cell.line > 0 { blocks.append(.text(remark)) }
        guard !provenance.context.isEmpty else { return blocks }
        // A Markdown table already ends with a blank line.
        blocks.append(.text(markdown ? "```" : ""))
        let numberWidth = String(provenance.context.map(\.number).max() ?? 0).count
        for line in provenance.context {
            let number = String(repeating: " ", count: numberWidth - String(line.number).count) + String(line.number)
            let shown = expandingTabs(line.text)
            blocks.append(.text("\(line.isCell ? "▶" : " ") \(number) │ \(shown)".trimmingTrailingSpaces()))
            // A caret under the cell's first character, where the column is known and the line is the only one marked.
            if line.isCell, cell.column > 0, provenance.context.filter(\.isCell).count == 1 {
                // A column may point at the spaces that open a cell (`| 40 |`); the caret goes under what is printed.
                let start = line.text.dropFirst(Int(cell.column) - 1).prefix { $0 == " " || $0 == "\u{3000}" }.count + Int(cell.column) - 1
                let before = expandingTabs(String(line.text.prefix(start)))
                let width = max(1, DisplayWidth.of(cell.raw.isEmpty ? " " : cell.raw))
                blocks.append(.text("  \(String(repeating: " ", count: numberWidth)) │ \(String(repeating: " ", count: DisplayWidth.of(before)))\(String(repeating: "^", count: width))"))
            }
        }
        if markdown { blocks.append(.text("```")) }
        return blocks
    }

    /// Tabs as spaces to the next multiple of four display columns, so rows of cells line up as in an editor.
    private static func expandingTabs(_ text: String) -> String {
        guard text.contains("\t") else { return text }
        var result = ""
        var width = 0
        for character in text {
            if character == "\t" {
                let spaces = 4 - width % 4
                result += String(repeating: " ", count: spaces)
                width += spaces
            } else {
                result.append(character)
                width += DisplayWidth.of(String(character))
            }
        }
        return result
    }

    /// The JSON record: the cell, where it came from, and the lines around it (null when they cannot be shown).
    static func record(_ provenance: CellProvenance) -> JSONValue {
        let cell = provenance.cell
        let context: JSONValue = provenance.state.showsContext && cell.line > 0
            ? .array(provenance.context.map { line in
                .object([("line", .integer(line.number)), ("text", .string(line.text))] + (line.isCell ? [("cell", .bool(true))] : []))
            })
            : .null
        return .object([
            ("source", .string(provenance.source)),
            ("year", .integer(provenance.year)),
            ("agency", .text(provenance.agency)),
            ("key", .string(provenance.key.description)),
            ("label", .string(provenance.label)),
            ("kind", .string(cell.kind.name)),
            ("value", .decimal(cell.value)),
            ("raw", .string(cell.raw)),
            ("doubtful", .bool(cell.isDoubtful)),
            ("line", cell.line > 0 ? .integer(Int(cell.line)) : .null),
            ("column", cell.column > 0 ? .integer(Int(cell.column)) : .null),
            ("format", .text(provenance.format?.rawValue)),
            ("file", .string(provenance.state.name)),
            ("context", context),
            ("diagnostics", .array(provenance.diagnostics.map { diagnostic in
                .object([("code", .string(diagnostic.code)), ("message", .string(diagnostic.message)), ("line", .integer(diagnostic.line))])
            })),
        ])
    }

    /// One CSV row; the context is the lines as `LINE: TEXT`, the cell's line marked `▶`.
    private static func row(_ provenance: CellProvenance) -> DataTable {
        let cell = provenance.cell
        let context = provenance.context.map { "\($0.isCell ? "▶" : "")\($0.number):\($0.text.isEmpty ? "" : " " + $0.text)" }.joined(separator: "\n")
        let columns = ["source", "year", "agency", "key", "label", "kind", "value", "raw", "doubtful", "line", "column", "format", "file", "context"]
        let values: [TableValue] = [
            .text(provenance.source), provenance.year.map(TableValue.integer) ?? .null, .text(provenance.agency ?? ""),
            .text(provenance.key.description), .text(provenance.label), .text(cell.kind.name), cell.value.map(TableValue.number) ?? .null,
            .text(cell.raw), .text(cell.isDoubtful ? "true" : "false"), cell.line > 0 ? .integer(Int(cell.line)) : .null,
            cell.column > 0 ? .integer(Int(cell.column)) : .null, .text(provenance.format?.rawValue ?? ""), .text(provenance.state.name), .text(context),
        ]
        return DataTable(columns: columns.map { DataTable.Column($0) }, rows: [values])
    }
}
