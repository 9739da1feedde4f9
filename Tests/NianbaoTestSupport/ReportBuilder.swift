import NianbaoModel

/// Builds small reports for tests: every cell printed as `0` unless set otherwise.
public struct ReportBuilder {
    public private(set) var report: Report

    public init(source: String = "test.txt", year: Int = 2023, agency: String = "测试局",
                table2: TemplateVersion = .v2021, table3: TemplateVersion = .v2021) {
        report = Report(source: source, title: "\(agency)\(year)年度政府信息公开工作年度报告", year: year, agency: agency,
                        table2: table2, table3: table3)
        for table in TableID.allCases {
            report[table].line = 1
            for index in report[table].cells.indices {
                report[table].cells[index] = Cell(kind: .number, number: .zero, raw: "0", line: 10 + index)
            }
        }
    }

    /// Sets cells by key from printed text: `"5"`, `""` (blank), `"/"`, `"详见附表"`.
    public func setting(_ printed: [String: String]) -> ReportBuilder {
        var copy = self
        for (key, raw) in printed {
            guard let fieldKey = FieldKey(key), let existing = copy.report[fieldKey] else {
                preconditionFailure("no cell \(key) in this template")
            }
            copy.report[fieldKey] = Cell.reading(raw, line: Int(existing.line))
        }
        return copy
    }

    /// Leaves tables (`t4`) or rows (`t3.new`) out, as a report that does not print them.
    public func removing(_ names: [String]) -> ReportBuilder {
        var copy = self
        for name in names {
            let parts = name.split(separator: ".").map(String.init)
            guard let table = TableID(rawValue: parts[0]) else { preconditionFailure("no table \(name)") }
            for (index, key) in copy.report[table].template.keys.enumerated() where parts.count == 1 || key.row == parts[1] {
                copy.report[table].cells[index] = .missing
            }
            if parts.count == 1 { copy.report[table].line = 0 }
        }
        return copy
    }

    /// Adds 表三 rows that match no template row, each printing `1`.
    public func addingUnknownRows(_ labels: [String]) -> ReportBuilder {
        var copy = self
        copy.report.unknownRows += labels.enumerated().map { UnknownRow(table: .t3, label: $1, values: ["1"], line: 500 + $0) }
        return copy
    }

    /// Sets the narrative: one section holding the text.
    public func narrating(_ text: String) -> ReportBuilder {
        var copy = self
        copy.report.narrative = text.isEmpty ? [] : [NarrativeSection(heading: "一、总体情况", body: text, line: 3)]
        return copy
    }
}

extension Cell {
    /// A cell read from printed text as a test would write it.
    static func reading(_ raw: String, line: Int) -> Cell {
        if raw.isEmpty { return Cell(kind: .blank, raw: raw, line: line) }
        if ["/", "-", "—", "无"].contains(raw) { return Cell(kind: .notApplicable, raw: raw, line: line) }
        if let number = DecimalNumber(raw) { return Cell(kind: .number, number: number, raw: raw, line: line) }
        return Cell(kind: .text, raw: raw, line: line)
    }
}
