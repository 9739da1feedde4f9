import NianbaoCorpus
import NianbaoModel

struct ShowCommand: Command {
    let name = "show"
    let synopsis = "show SELECTOR [table2|table3|table4|text|diagnostics|all|KEY]"
    let summary = "one report: identity, template versions, and a table laid out as in the template, values as printed; "
        + "with a KEY or label (t3.new.total, 行政处罚), that cell with its file, line and the text around it"
    let example = "show 2023 拱墅区统计局 table3"
    let keywords = Part.allCases.map(\.rawValue)

    enum Part: String, CaseIterable {
        case table2, table3, table4, text, diagnostics, all
    }

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        var words = arguments
        let part = words.last.flatMap(Part.init(rawValue:))
        if part != nil {
            words.removeLast()
        } else if let key = try cellKey(named: words, in: session) {
            words.removeLast()
            guard !words.isEmpty || session.corpus.reports.count == 1 else { throw usage() }
            return try cell(key, named: arguments[arguments.count - 1], of: try report(words, in: session), in: session)
        }
        guard !words.isEmpty || session.corpus.reports.count == 1 else { throw usage() }
        let report = try report(words, in: session)

        var blocks: [CommandOutput.Block] = [
            .text("\(report.displayName)"),
            .note("  title     \(report.title.isEmpty ? "(none found)" : report.title)"),
            .note("  source    \(report.source)"),
            .note("  template  表二 \(report[.t2].version.rawValue), 表三 \(report[.t3].version.rawValue)"),
            .note("  notices   \(report.diagnostics.count)"),
        ]
        let tables: [TableID]
        switch part {
        case .table2: tables = [.t2]
        case .table3: tables = [.t3]
        case .table4: tables = [.t4]
        case .text, .diagnostics: tables = []
        case .all, nil: tables = TableID.allCases
        }
        for table in tables {
            blocks.append(.note(""))
            blocks += ReportTables.tables(report[table], unknownRows: report.unknownRows).map(CommandOutput.Block.table)
        }
        if part == .text || part == .all {
            var narrative = report.narrative
            do {
                narrative = try report.wholeNarrative()
            } catch {
                // What is kept in memory, without the empty lines that stand for the rest.
                blocks += [.note(""), .note("\(error)"), .note("only the lines of the text that the checks read are shown")]
                narrative = narrative.map { NarrativeSection(heading: $0.heading, body: $0.body.split(separator: "\n").joined(separator: "\n"), line: $0.line) }
            }
            for section in narrative {
                blocks.append(.note(""))
                if !section.heading.isEmpty { blocks.append(.text(section.heading)) }
                if !section.body.isEmpty { blocks.append(.text(section.body)) }
            }
        }
        if part == .diagnostics || part == .all || (part == nil && !report.diagnostics.isEmpty) {
            blocks.append(.note(""))
            blocks.append(.table(DataTable(
                title: "parser notices",
                columns: [DataTable.Column("severity"), DataTable.Column("code"), DataTable.Column("line"), DataTable.Column("message"), DataTable.Column("cells")],
                rows: report.diagnostics.map { [.text($0.severity.rawValue), .text($0.code), .integer($0.line), .text($0.message), .text(Self.compact($0.cells, in: report))] },
                notes: report.diagnostics.isEmpty ? ["none"] : [])))
        }
        return CommandOutput(blocks)
    }

    /// `t3.new.*` for a whole row, so a notice about a row stays on one line.
    static func compact(_ keys: [FieldKey], in report: Report) -> String {
        var rows: [(table: TableID, row: String)] = []
        for key in keys where !rows.contains(where: { $0.table == key.table && $0.row == key.row }) {
            rows.append((key.table, key.row))
        }
        return rows.map { table, row in
            let inRow = keys.filter { $0.table == table && $0.row == row }
            let width = report[table].template.row(row)?.columns.count ?? 0
            return inRow.count == width && width > 1 ? "\(table.rawValue).\(row).*" : inRow.map(\.description).joined(separator: " ")
        }.joined(separator: " ")
    }
}
