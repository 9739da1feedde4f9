import NianbaoModel

/// Prints a generated report as text: a title, a short narrative with the statistics period, the three
/// tables in the report's layout, and the closing sections.
struct ReportWriter {
    /// The whole text, LF line ends.
    static func text(of report: GeneratedReport) -> String {
        var lines = ["", title(of: report), "", "一、总体情况", opening(year: report.year), tableHeadings[0]]
        let values = Dictionary(report.values.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        lines += rows(TableTemplate.template(.t2, report.version), values, layout: report.layout, header: nil)
        lines += ["", tableHeadings[1]]
        let t3 = TableTemplate.template(.t3, report.version)
        lines += rows(t3, values, layout: report.layout, header: ["申请人情况"] + t3.rows[0].columns.map(\.label))
        lines += ["", tableHeadings[2]]
        let t4 = TableTemplate.template(.t4, .v2021)
        lines += rows(t4, values, layout: report.layout, header: t4.rows[0].columns.map(\.label))
        lines += [""] + closing + [""]
        return lines.joined(separator: "\n")
    }

    /// The report's title, which names the agency and the year.
    static func title(of report: GeneratedReport) -> String {
        "\(report.agency)\(report.year)年度政府信息公开工作年度报告"
    }

    /// The paragraph under 一、总体情况, with the statistics period the year is read from.
    static func opening(year: Int) -> String {
        "本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。本机关坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。"
    }

    /// The headings above 表二, 表三 and 表四.
    static let tableHeadings = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]

    /// The sections after the tables: two headings, each followed by one paragraph.
    static let closing = ["五、存在的主要问题及改进情况", "信息公开的及时性有待提高，将进一步规范工作流程。", "六、其他需要报告的事项", "本年度未收取信息处理费。"]

    /// A table's rows. 表二 gets a `信息内容` header whenever the columns change; 表三 and 表四 one header
    /// row, and each enclosing label printed on the first row of its group, as merged cells print.
    private static func rows(_ template: TableTemplate, _ values: [FieldKey: String], layout: TextLayout, header: [String]?) -> [String] {
        var lines: [String] = layout == .cellPerLine ? [""] : []
        if let header { lines += layout.lines(header) }
        var previousColumns: [ColumnTemplate] = []
        var printedParents: Set<String> = []
        for row in template.rows {
            if header == nil && row.columns != previousColumns {
                lines += layout.lines(["信息内容"] + row.columns.map(\.label))
                previousColumns = row.columns
            }
            let parents = row.parents.filter { !printedParents.contains($0) }
            printedParents.formUnion(parents)
            let cells = row.columns.map { values[FieldKey(template.table, row.key, $0.key)] ?? "" }
            lines += layout.lines(parents + [row.label] + cells)
        }
        return lines
    }
}
