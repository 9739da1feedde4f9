import NianbaoModel
import NianbaoValidator
import TerminalText

/// Writes command output in the chosen format. All printing of results goes through here.
struct Renderer {
    let format: OutputFormat
    let style: TextStyle

    init(settings: Settings) {
        format = settings.format
        style = TextStyle(enabled: settings.colour && settings.format == .table)
    }

    func render(_ output: CommandOutput) -> String {
        var text = ""
        for block in output.blocks {
            switch block {
            case .text(let line): text += format == .json ? JSONValue.object([("text", .string(line))]).serialized + "\n" : line + "\n"
            case .note(let line): if format == .table || format == .markdown { text += line + "\n" }
            case .table(let table): text += render(table)
            case .findings(let findings): text += render(findings)
            case .raw(let raw): text += raw
            }
        }
        return text
    }

    // MARK: Tables

    func render(_ table: DataTable) -> String {
        switch format {
        case .table: aligned(table)
        case .csv: csv(table)
        case .json: table.rows.map { row in JSONValue.object(zip(table.columns, row).map { ($0.key, $1.json) }).serialized + "\n" }.joined()
        case .markdown: markdown(table)
        }
    }

    private func aligned(_ table: DataTable) -> String {
        let table = table.drawingChart()
        let cells = table.rows.map { row in
            row.enumerated().map { column, value in
                truncated(value.plain, to: column < table.columns.count ? table.columns[column].maxWidth : nil)
            }
        }
        let widths = table.columns.indices.map { column in
            ([table.columns[column].title] + cells.map { column < $0.count ? $0[column] : "" }).map(DisplayWidth.of).max() ?? 0
        }
        let numeric = table.columns.indices.map { column in
            table.columns[column].alignsRight ?? table.rows.contains { column < $0.count && $0[column].isNumeric }
        }
        func line(_ values: [String], header: Bool = false) -> String {
            let padded = values.enumerated().map { column, value in
                let gap = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(value)))
                return numeric[column] && !header ? gap + value : value + gap
            }
            return padded.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var text = table.title.map { style.bold($0) + "\n" } ?? ""
        if table.columns.contains(where: { !$0.title.isEmpty }) {
            text += style.bold(String(line(table.columns.map(\.title), header: true).dropLast())) + "\n"
            text += zip(table.columns, widths).map { String(repeating: $0.isChart ? " " : "─", count: $1) }
                .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        text += cells.map { line($0) }.joined()
        text += table.notes.map { $0 + "\n" }.joined()
        return text
    }

    private func truncated(_ text: String, to width: Int?) -> String {
        guard let width, DisplayWidth.of(text) > width else { return text }
        var result = ""
        for character in text {
            if DisplayWidth.of(result + String(character)) > width - 1 { break }
            result.append(character)
        }
        return result + "…"
    }

    private func csv(_ table: DataTable) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([table.columns.map(\.key)] + table.rows.map { $0.map(\.plain) })
            .map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    private func markdown(_ table: DataTable) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var text = table.title.map { "**\($0)**\n\n" } ?? ""
        text += "| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |\n"
        text += "|" + table.columns.indices.map { column in
            table.rows.contains { column < $0.count && $0[column].isNumeric } ? " ---: |" : " --- |"
        }.joined() + "\n"
        text += table.rows.map { "| " + $0.map { cell($0.plain) }.joined(separator: " | ") + " |\n" }.joined()
        // Only a blank line ends a Markdown table: without it the next table or line would read as more rows.
        text += "\n" + table.notes.map { $0 + "\n\n" }.joined()
        return text
    }

    // MARK: Findings

    private func render(_ findings: [Finding]) -> String {
        switch format {
        case .json:
            return findings.map { Self.record($0).serialized + "\n" }.joined()
        case .csv, .markdown:
            return render(DataTable(columns: ["source", "year", "agency", "rule", "severity", "outcome", "cells", "message", "expected", "found", "line"].map { DataTable.Column($0) },
                                    rows: findings.map { finding in
                                        [.text(finding.source), finding.year.map(TableValue.integer) ?? .null, .text(finding.agency ?? ""),
                                         .text(finding.rule), .text(finding.severity.rawValue), .text(finding.outcome.rawValue),
                                         .list(finding.cells.map(\.key.description)), .text(finding.message),
                                         .text(finding.expected ?? ""), .text(finding.found ?? ""), .integer(finding.line)]
                                    }))
        case .table:
            return findings.map(readable).joined()
        }
    }

    private func readable(_ finding: Finding) -> String {
        let badge = finding.outcome == .notAssessable ? style.dim("not assessable")
            : finding.severity == .error ? style.red("error") : style.yellow(finding.severity.rawValue)
        let report = [finding.year.map(String.init), finding.agency].compactMap { $0 }.joined(separator: " ")
        var text = "\(badge) \(style.bold(finding.rule))  \(report)  \(finding.source):\(finding.line)\n"
        text += "  \(finding.message)\n"
        if let expected = finding.expected, let found = finding.found {
            text += "  expected \(expected), found \(found)\n"
        }
        // Cells printed 0 among many operands of one report's sum say little; they are counted, not listed. Across
        // reports a 0 is one side of a difference, so it is always shown.
        let ownReport = finding.cells.allSatisfy { $0.source == finding.source }
        let quiet = finding.cells.count > 6 && ownReport ? finding.cells.filter { $0.cell.value == .zero } : []
        let listed = finding.cells.filter { involved in !quiet.contains { $0.key == involved.key } }
        let keyWidth = listed.map { DisplayWidth.of($0.key.description) }.max() ?? 0
        for involved in listed {
            let printed = switch involved.cell.kind {
            case .blank: "blank"
            case .missing: involved.cell.isDoubtful ? "unreadable" : "not printed"
            default: "‘\(involved.cell.raw)’"
            }
            var location = involved.cell.line > 0 ? "line \(involved.cell.line)" : "not printed"
            // A cell of another report (the year before, a second file) says which one.
            if involved.source != finding.source || involved.year != finding.year {
                location += " (" + [involved.year.map(String.init), involved.source].compactMap { $0 }.joined(separator: " ") + ")"
            }
            let key = involved.key.description
            text += style.dim("    \(key)\(String(repeating: " ", count: keyWidth - DisplayWidth.of(key)))  \(printed)  \(location)  \(involved.label)") + "\n"
        }
        if let first = quiet.first, let last = quiet.last {
            text += style.dim("    and \(quiet.count) more cells printed 0 (lines \(first.cell.line)–\(last.cell.line))") + "\n"
        }
        return text
    }

    /// The JSON record of a finding, as SHELL.md specifies.
    static func record(_ finding: Finding) -> JSONValue {
        .object([
            ("source", .string(finding.source)),
            ("year", .integer(finding.year)),
            ("agency", .text(finding.agency)),
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("outcome", .string(finding.outcome.rawValue)),
            ("cells", .array(finding.cells.map { .string($0.key.description) })),
            ("message", .string(finding.message)),
            ("expected", .text(finding.expected)),
            ("found", .text(finding.found)),
            ("line", .integer(finding.line)),
        ])
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
