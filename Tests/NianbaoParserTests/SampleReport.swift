import Testing

/// A small report written by hand in a test, table by table, printed in either of the corpus's text layouts.
struct SampleReport {
    /// How a table is laid out in the text.
    enum Layout: String, CaseIterable, CustomTestStringConvertible {
        /// One row per line, tabs between cells (an export of the table as text).
        case tabRows
        /// Word's export: each cell on its own line behind a tab, a blank line between rows.
        case cellPerLine

        var testDescription: String { rawValue }
    }

    /// One printed row: its label cells (enclosing labels first, as merged cells print them) and its values.
    struct Row {
        var labels: [String]
        var values: [String]

        init(_ labels: String..., values: [String] = []) {
            self.labels = labels
            self.values = values
        }

        var label: String { labels.last ?? "" }
        var cells: [String] { labels + values }
    }

    var title = "杭州市测试局2023年度政府信息公开工作年度报告"
    var table2 = SampleReport.table2v2021
    var table3 = SampleReport.table3v2021
    /// Nil to leave the table and its heading out.
    var table4: [Row]? = SampleReport.table4

    /// The report's text in a layout, with LF line ends.
    func text(_ layout: Layout) -> String {
        lines(layout).joined(separator: "\n") + "\n"
    }

    /// The 1-based line holding a row's label (its last label cell).
    func line(ofRow label: String, _ layout: Layout) -> Int {
        let lines = lines(layout)
        let index = lines.firstIndex { line in
            switch layout {
            case .tabRows: line.split(separator: "\t", omittingEmptySubsequences: false).contains { $0 == label }
            case .cellPerLine: line == "\t" + label
            }
        }
        precondition(index != nil, "no row labelled \(label)")
        return index! + 1
    }

    /// The 1-based line holding a row's value at a 0-based position.
    func line(ofValue position: Int, inRow label: String, _ layout: Layout) -> Int {
        let labelLine = line(ofRow: label, layout)
        return layout == .tabRows ? labelLine : labelLine + 1 + position
    }

    /// The 1-based line of a heading.
    func line(ofHeading heading: String, _ layout: Layout) -> Int {
        lines(layout).firstIndex(of: heading)! + 1
    }

    /// Replaces the values of the row with this label.
    mutating func setValues(_ values: [String], ofRow label: String) {
        for keyPath in [\SampleReport.table2, \SampleReport.table3] {
            if let index = self[keyPath: keyPath].firstIndex(where: { $0.label == label }) {
                self[keyPath: keyPath][index].values = values
                return
            }
        }
        preconditionFailure("no row labelled \(label)")
    }

    private func lines(_ layout: Layout) -> [String] {
        var lines = [title, "", "一、总体情况", "本机关依法做好政府信息公开工作。", "二、主动公开政府信息情况"]
        lines += render(table2, layout)
        lines += ["三、收到和处理政府信息公开申请情况"]
        lines += render(table3, layout)
        if let table4 {
            lines += ["四、政府信息公开行政复议、行政诉讼情况"]
            lines += render(table4, layout)
        }
        lines += ["五、存在的主要问题及改进情况", "信息公开的及时性有待提高。", "六、其他需要报告的事项", "本年度未收取信息处理费。"]
        return lines
    }

    private func render(_ rows: [Row], _ layout: Layout) -> [String] {
        switch layout {
        case .tabRows:
            return rows.map { $0.cells.joined(separator: "\t") }
        case .cellPerLine:
            return [""] + rows.flatMap { row in row.cells.map { "\t" + $0 } + [""] }
        }
    }
}

extension SampleReport {
    static let table2v2021 = [
        Row("信息内容", values: ["本年制发件数", "本年废止件数", "现行有效件数"]),
        Row("规章", values: ["1", "0", "5"]),
        Row("行政规范性文件", values: ["2", "1", "12"]),
        Row("信息内容", values: ["本年处理决定数量"]),
        Row("行政许可", values: ["30"]),
        Row("行政处罚", values: ["886"]),
        Row("行政强制", values: ["3"]),
        Row("信息内容", values: ["本年收费金额（单位：万元）"]),
        Row("行政事业性收费", values: ["5949.088667"]),
    ]

    static let table2v2019 = [
        Row("信息内容", values: ["本年新制作数量", "本年新公开数量", "对外公开总数量"]),
        Row("规章", values: ["0", "0", "3"]),
        Row("规范性文件", values: ["4", "4", "20"]),
        Row("信息内容", values: ["上一年项目数量", "本年增/减", "处理决定数量"]),
        Row("行政许可", values: ["12", "-1", "30"]),
        Row("其他对外管理服务事项", values: ["2", "0", "5"]),
        Row("行政处罚", values: ["9", "+1036", "886"]),
        Row("行政强制", values: ["1", "0", "3"]),
        Row("信息内容", values: ["上一年项目数量", "本年增/减"]),
        Row("行政事业性收费", values: ["2", "0"]),
        Row("信息内容", values: ["采购项目数量", "采购总金额"]),
        Row("政府集中采购", values: ["18", "251000元"]),
    ]

    /// The labels of 表三 as the v2021 template prints them, each with its enclosing labels on its group's first row.
    static let table3Labels: [[String]] = [
        ["一、本年新收政府信息公开申请数量"],
        ["二、上年结转政府信息公开申请数量"],
        ["三、本年度办理结果", "（一）予以公开"],
        ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
        ["（三）不予公开", "1.属于国家秘密"],
        ["2.其他法律行政法规禁止公开"],
        ["3.危及“三安全一稳定”"],
        ["4.保护第三方合法权益"],
        ["5.属于三类内部事务信息"],
        ["6.属于四类过程性信息"],
        ["7.属于行政执法案卷"],
        ["8.属于行政查询事项"],
        ["（四）无法提供", "1.本机关不掌握相关政府信息"],
        ["2.没有现成信息需要另行制作"],
        ["3.补正后申请内容仍不明确"],
        ["（五）不予处理", "1.信访举报投诉类申请"],
        ["2.重复申请"],
        ["3.要求提供公开出版物"],
        ["4.无正当理由大量反复申请"],
        ["5.要求行政机关确认或重新出具已获取信息"],
        ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
        ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
        ["3.其他"],
        ["（七）总计"],
        ["四、结转下年度继续办理"],
    ]

    /// Row n (1-based) prints n applications by natural persons and n in total, so a value read from the
    /// wrong row shows.
    static let table3v2021: [Row] =
        [Row("申请人情况", values: ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])]
        + table3Labels.enumerated().map { index, labels in
            var row = Row(values: ["\(index + 1)", "0", "0", "0", "0", "0", "\(index + 1)"])
            row.labels = labels
            return row
        }

    /// 表三 as v2019 prints （六）: one row.
    static let table3v2019: [Row] = {
        var rows = table3v2021.filter { !$0.labels.contains("（六）其他处理") && $0.label != "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" && $0.label != "3.其他" }
        let totalIndex = rows.firstIndex { $0.label == "（七）总计" }!
        rows.insert(Row("（六）其他处理", values: ["4", "0", "0", "0", "0", "0", "4"]), at: totalIndex)
        return rows
    }()

    static let table4 = [
        Row("结果维持", values: ["结果纠正", "其他结果", "尚未审结", "总计"]),
        Row("行政复议", values: ["1", "0", "0", "0", "1"]),
        Row("行政诉讼", "未经复议直接起诉", values: ["0", "1", "0", "0", "1"]),
        Row("复议后起诉", values: ["0", "0", "0", "2", "2"]),
    ]
}
