import NianbaoModel

/// The export forms of a report: the JSON Lines record of SHELL.md and long-form CSV rows.
enum ReportExport {
    static func json(_ report: Report) -> JSONValue {
        .object([
            ("source", .string(report.source)),
            ("year", .integer(report.year)),
            ("agency", .text(report.agency)),
            ("template", .object([("t2", .string(report[.t2].version.rawValue)), ("t3", .string(report[.t3].version.rawValue))])),
            ("cells", .object(report.cells.map { key, cell in
                var members: [(String, JSONValue)] = [
                    ("kind", .string(cell.kind.name)), ("value", .decimal(cell.value)), ("raw", .string(cell.raw)), ("line", .integer(Int(cell.line))),
                ]
                if cell.isDoubtful { members.append(("doubtful", .bool(true))) }
                return (key.description, .object(members))
            })),
            ("diagnostics", .array(report.diagnostics.map { diagnostic in
                var members: [(String, JSONValue)] = [
                    ("severity", .string(diagnostic.severity.rawValue)), ("code", .string(diagnostic.code)),
                    ("message", .string(diagnostic.message)), ("line", .integer(diagnostic.line)),
                ]
                if !diagnostic.cells.isEmpty { members.append(("cells", .array(diagnostic.cells.map { .string($0.description) }))) }
                return .object(members)
            })),
        ])
    }

    /// `template` says which version the key's table was printed in; 表四 is the same in both.
    static let csvColumns = ["source", "year", "agency", "template", "key", "label", "kind", "value", "raw"]

    static func csv(_ reports: [Report]) -> String {
        let table = DataTable(columns: csvColumns.map { DataTable.Column($0) }, rows: reports.flatMap { report in
            report.cells.map { key, cell in
                let template = report[key.table].template
                return [.text(report.source), report.year.map(TableValue.integer) ?? .null, .text(report.agency ?? ""),
                        .text(key.table == .t4 ? "both" : template.version.rawValue), .text(key.description), .text(template.displayLabel(of: key)),
                        .text(cell.kind.name), cell.value.map(TableValue.number) ?? .null, .text(cell.raw)] as [TableValue]
            }
        })
        return Renderer(settings: Settings(format: .csv)).render(table)
    }
}
