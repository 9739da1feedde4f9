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
