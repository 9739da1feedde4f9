import NianbaoModel

/// Prints a generated report as a complete web page, as a government site's CMS publishes it: a head
/// declaring the charset and naming the report, the site's navigation and footer around the article, the
/// narrative as paragraphs, and each table as a `<table>` laid out like the national template, with its
/// merged cells (`colspan`, `rowspan`) where the template merges them.
struct HTMLReportWriter {
    /// One table cell: its text and how many columns and rows it spans.
    private struct Cell {
        let text: String
        var columns = 1
        var rows = 1
    }

    /// The whole page, LF line ends; the `<meta charset>` names the report's encoding.
    static func page(of report: GeneratedReport) -> String {
        let title = escaped(ReportWriter.title(of: report))
        let values = Dictionary(report.values.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"zh-CN\">",
            "<head>",
            "<meta charset=\"\(report.encoding.charset)\">",
            "<meta name=\"keywords\" content=\"政府信息公开,年度报告\">",
            "<title>\(title)</title>",
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"/static/css/common.css\">",
            "<style type=\"text/css\">.article p { text-indent: 2em; } .article table { border-collapse: collapse; }</style>",
            "</head>",
            "<body>",
            "<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/wza\">无障碍浏览</a> | <a href=\"/zwgk\">政务公开</a></div>",
            "<div class=\"position\">您当前的位置：<a href=\"/\">首页</a>&nbsp;&gt;&nbsp;<a href=\"/zwgk\">政务公开</a>&nbsp;&gt;&nbsp;年度报告</div>",
            "<div class=\"article\" id=\"zoom\">",
            "<p style=\"text-align:center\"><strong>\(title)</strong></p>",
            paragraph("一、总体情况"),
            paragraph(ReportWriter.opening(year: report.year)),
            paragraph("<strong>\(ReportWriter.tableHeadings[0])</strong>"),
        ]
        lines += table(table2(report.version, values))
        lines.append(paragraph("<strong>\(ReportWriter.tableHeadings[1])</strong>"))
        lines += table(table3(report.version, values))
        lines.append(paragraph("<strong>\(ReportWriter.tableHeadings[2])</strong>"))
        lines += table(table4(values))
        lines += ReportWriter.closing.map { paragraph(escaped($0)) }
        lines += [
            "</div>",
            "<div class=\"footer\">主办单位：人民政府办公室&nbsp;&copy;版权所有<br>网站标识码：3300000000</div>",
            "<script src=\"/static/js/count.js\"></script>",
            "</body>",
            "</html>",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// The paragraph of the subsection each 表二 row group starts (the template heads each with the article
    /// of the regulations it reports on), by the key of the group's first row.
    private static let table2Sections = [
        "regulations": "第二十条第（一）项",
        "licensing": "第二十条第（五）项",
        "penalty": "第二十条第（六）项",
        "fees": "第二十条第（八）项",
        "procurement": "第二十条第（九）项",
    ]

    /// 表二 is four columns wide: a subsection row across all four, a `信息内容` header, then the rows; a row
    /// with fewer measures stretches its last cell to the table's edge.
    private static func table2(_ version: TemplateVersion, _ values: [FieldKey: String]) -> [[Cell]] {
        let template = TableTemplate.template(.t2, version)
        var rows: [[Cell]] = []
        for row in template.rows {
            if let section = table2Sections[row.key] {
                rows.append([Cell(text: section, columns: 4)])
                rows.append(stretched([Cell(text: "信息内容")] + row.columns.map { Cell(text: $0.label) }, to: 4))
            }
            let cells = row.columns.map { Cell(text: values[FieldKey(.t2, row.key, $0.key)] ?? "") }
            rows.append(stretched([Cell(text: row.label)] + cells, to: 4))
        }
        return rows
    }

    /// 表三 under its three header rows (the note on the arithmetic and 申请人情况, then 自然人, 法人或其他组织
    /// and 总计, then the five kinds of organisation); an enclosing label spans the rows of its group, printed
    /// on the group's first row, and each row's own label fills the three label columns left to it.
    private static func table3(_ version: TemplateVersion, _ values: [FieldKey: String]) -> [[Cell]] {
        let template = TableTemplate.template(.t3, version)
        let columns = template.rows[0].columns
        var rows: [[Cell]] = [
            [Cell(text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", columns: 3, rows: 3),
             Cell(text: "申请人情况", columns: columns.count)],
            [Cell(text: columns[0].label, rows: 2), Cell(text: "法人或其他组织", columns: columns.count - 2),
             Cell(text: columns[columns.count - 1].label, rows: 2)],
            columns.dropFirst().dropLast().map { Cell(text: $0.label) },
        ]
        for (index, row) in template.rows.enumerated() {
            var cells: [Cell] = []
            for (depth, parent) in row.parents.enumerated() {
                let inGroup = { (other: RowTemplate) in other.parents.count > depth && other.parents[depth] == parent }
                guard template.rows.firstIndex(where: inGroup) == index else { continue }
                cells.append(Cell(text: parent, rows: template.rows.filter(inGroup).count))
            }
            cells.append(Cell(text: row.label, columns: 3 - row.parents.count))
            cells += row.columns.map { Cell(text: values[FieldKey(.t3, row.key, $0.key)] ?? "") }
            rows.append(cells)
        }
        return rows
    }

    /// 表四 as the template prints it: 行政复议 and 行政诉讼 over the blocks, the two kinds of suit, the measures
    /// of each block, and one row of fifteen values.
    private static func table4(_ values: [FieldKey: String]) -> [[Cell]] {
        let template = TableTemplate.template(.t4, .v2021)
        let measures = template.rows[0].columns
        let suits = template.rows.dropFirst()
        return [
            [Cell(text: template.rows[0].label, columns: measures.count), Cell(text: suits.first!.parents[0], columns: measures.count * suits.count)],
            measures.map { Cell(text: $0.label, rows: 2) } + suits.map { Cell(text: $0.label, columns: measures.count) },
            suits.flatMap { _ in measures.map { Cell(text: $0.label) } },
            template.rows.flatMap { row in row.columns.map { Cell(text: values[FieldKey(.t4, row.key, $0.key)] ?? "") } },
        ]
    }

    /// The row with its last cell widened so that the row fills `width` columns.
    private static func stretched(_ cells: [Cell], to width: Int) -> [Cell] {
        var cells = cells
        cells[cells.count - 1].columns += width - cells.reduce(0) { $0 + $1.columns }
        return cells
    }

    /// The table's markup, one `<tr>` per line.
    private static func table(_ rows: [[Cell]]) -> [String] {
        var lines = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">", "<tbody>"]
        for row in rows {
            var line = "<tr>"
            for cell in row {
                line += "<td"
                if cell.columns > 1 { line += " colspan=\"\(cell.columns)\"" }
                if cell.rows > 1 { line += " rowspan=\"\(cell.rows)\"" }
                line += " style=\"text-align:center\">" + escaped(cell.text) + "</td>"
            }
            lines.append(line + "</tr>")
        }
        return lines + ["</tbody>", "</table>"]
    }

    private static func paragraph(_ markup: String) -> String {
        "<p>" + markup + "</p>"
    }

    /// Text with the characters that would read as markup replaced by their entities.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
