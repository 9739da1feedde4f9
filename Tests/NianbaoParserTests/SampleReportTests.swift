import NianbaoModel
import NianbaoParser
import Testing

/// Small reports written by hand, each pinning one thing the parser must get right, in both text layouts.
@Suite struct SampleReportTests {
    private func parse(_ sample: SampleReport, _ layout: SampleReport.Layout) -> Report {
        ReportParser.parse(text: sample.text(layout), source: "sample.txt")
    }

    private func cell(_ report: Report, _ key: String) throws -> Cell {
        let fieldKey = try #require(FieldKey(key))
        return try #require(report[fieldKey], "\(key) is in the report's template")
    }

    private func keys(_ table: TableID, _ version: TemplateVersion = .v2021, row: String) -> [FieldKey] {
        TableTemplate.template(table, version).keys.filter { $0.row == row }
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func completeReportReadsWithoutDiagnostics(_ layout: SampleReport.Layout) throws {
        let sample = SampleReport()
        let report = parse(sample, layout)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.year == 2023)
        #expect(report.agency == "杭州市测试局")
        #expect(report[.t2].version == .v2021)
        #expect(report[.t3].version == .v2021)
        #expect(report[.t2].line == sample.line(ofHeading: "二、主动公开政府信息情况", layout))
        #expect(report[.t4].line == sample.line(ofHeading: "四、政府信息公开行政复议、行政诉讼情况", layout))
        #expect(report.cells.allSatisfy { $0.cell.kind == .number && !$0.cell.isDoubtful })

        #expect(try cell(report, "t2.regulations.in_force").value == DecimalNumber(5))
        #expect(try cell(report, "t2.normative.in_force").value == DecimalNumber(12))
        #expect(try cell(report, "t2.penalty.decisions").value == DecimalNumber(886))
        #expect(try cell(report, "t2.penalty.decisions").line == Int32(sample.line(ofValue: 0, inRow: "行政处罚", layout)))
        #expect(try cell(report, "t2.fees.amount").value?.description == "5949.088667")
        // Row n of 表三 prints n: each row's values come from its own line.
        for (index, row) in TableTemplate.template(.t3, .v2021).rows.enumerated() {
            #expect(try cell(report, "t3.\(row.key).natural").value == DecimalNumber(index + 1), "\(row.key)")
            #expect(try cell(report, "t3.\(row.key).total").value == DecimalNumber(index + 1), "\(row.key)")
            #expect(try cell(report, "t3.\(row.key).legal").value == .zero, "\(row.key)")
        }
        #expect(try cell(report, "t3.denied_safety.natural").line
                == Int32(sample.line(ofValue: 0, inRow: "3.危及“三安全一稳定”", layout)))
        #expect(try cell(report, "t4.review.upheld").value == DecimalNumber(1))
        #expect(try cell(report, "t4.suit_direct.corrected").value == DecimalNumber(1))
        #expect(try cell(report, "t4.suit_after_review.pending").value == DecimalNumber(2))
        #expect(try cell(report, "t4.suit_after_review.total").value == DecimalNumber(2))
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func blankCellIsKeptBlankWithItsLine(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.setValues([""], ofRow: "行政许可")
        sample.setValues(["5", "", "0", "0", "0", "0", "5"], ofRow: "一、本年新收政府信息公开申请数量")
        let report = parse(sample, layout)

        let licensing = try cell(report, "t2.licensing.decisions")
        #expect(licensing.kind == .blank)
        #expect(licensing.value == nil)
        #expect(licensing.raw == "")
        #expect(licensing.line == Int32(sample.line(ofValue: 0, inRow: "行政许可", layout)))
        #expect(!licensing.isDoubtful)

        let business = try cell(report, "t3.new.business")
        #expect(business.kind == .blank)
        #expect(business.value == nil)
        #expect(business.line == Int32(sample.line(ofValue: 1, inRow: "一、本年新收政府信息公开申请数量", layout)))
        #expect(try cell(report, "t3.new.natural").value == DecimalNumber(5))
        #expect(try cell(report, "t3.new.research").value == .zero, "the blank does not shift the cells after it")
        #expect(try cell(report, "t3.new.total").value == DecimalNumber(5))
        #expect(report.diagnostics.isEmpty, "a blank is the validator's business: \(report.diagnostics)")
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func slashCellIsNotApplicable(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.setValues(["/"], ofRow: "行政事业性收费")
        sample.setValues(["0", "—", "不适用", "0", "0", "0", "0"], ofRow: "（一）予以公开")
        let report = parse(sample, layout)

        let fees = try cell(report, "t2.fees.amount")
        #expect(fees.kind == .notApplicable)
        #expect(fees.value == nil)
        #expect(fees.raw == "/")
        #expect(fees.line == Int32(sample.line(ofValue: 0, inRow: "行政事业性收费", layout)))
        #expect(try cell(report, "t3.granted.business").kind == .notApplicable)
        #expect(try cell(report, "t3.granted.research").raw == "不适用")
        #expect(try cell(report, "t3.granted.total").kind == .number)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func textCellIsKeptAsText(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.setValues(["详见附表"], ofRow: "行政处罚")
        sample.setValues(["1", "见附件", "5"], ofRow: "规章")
        let report = parse(sample, layout)

        let penalty = try cell(report, "t2.penalty.decisions")
        #expect(penalty.kind == .text)
        #expect(penalty.raw == "详见附表")
        #expect(penalty.value == nil)
        #expect(penalty.line == Int32(sample.line(ofValue: 0, inRow: "行政处罚", layout)))
        #expect(try cell(report, "t2.coercion.decisions").value == DecimalNumber(3))

        #expect(try cell(report, "t2.regulations.issued").value == DecimalNumber(1))
        #expect(try cell(report, "t2.regulations.repealed").kind == .text, "text between numbers stays in its column")
        #expect(try cell(report, "t2.regulations.in_force").value == DecimalNumber(5))
        #expect(!report.cells.contains { $0.cell.isDoubtful })
        #expect(report.diagnostics.isEmpty, "text is the validator's business: \(report.diagnostics)")
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func missingTable4GivesADiagnostic(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.table4 = nil
        let report = parse(sample, layout)

        #expect(report.diagnostics.map(\.code) == ["template.missing_table"])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.cells == TableTemplate.template(.t4, .v2021).keys)
        #expect(diagnostic.message.contains(TableID.t4.title))
        #expect(!report[.t4].isFound)
        #expect(report[.t4].cells.allSatisfy { $0.kind == .missing })
        #expect(report[.t3].isFound)
        #expect(try cell(report, "t3.carried_forward.total").value == DecimalNumber(25), "表三 still ends where it did")
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func missingTable3RowGivesADiagnostic(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.table3.removeAll { $0.label == "2.重复申请" }
        let report = parse(sample, layout)

        #expect(report.diagnostics.map(\.code) == ["template.missing_row"])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.cells == keys(.t3, row: "ignored_repeat"))
        #expect(diagnostic.line == sample.line(ofHeading: "三、收到和处理政府信息公开申请情况", layout))
        #expect(try cell(report, "t3.ignored_repeat.natural").kind == .missing)
        #expect(try cell(report, "t3.ignored_repeat.total").kind == .missing)
        // The rows around it keep their own values (rows 16 and 18 of the template).
        #expect(try cell(report, "t3.ignored_petition.natural").value == DecimalNumber(16))
        #expect(try cell(report, "t3.ignored_publication.natural").value == DecimalNumber(18))
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func unknownRowWithValuesGivesADiagnostic(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        let carriedForward = try #require(sample.table3.firstIndex { $0.label == "四、结转下年度继续办理" })
        sample.table3.insert(SampleReport.Row("（八）撤回申请", values: ["99", "0", "0", "0", "0", "0", "99"]), at: carriedForward)
        let report = parse(sample, layout)

        #expect(report.diagnostics.map(\.code) == ["template.unknown_row"])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.line == sample.line(ofRow: "（八）撤回申请", layout))
        #expect(diagnostic.message.contains("撤回申请"))
        #expect(!report.cells.contains { $0.cell.value == DecimalNumber(99) }, "the unknown row's values go nowhere")
        #expect(try cell(report, "t3.carried_forward.natural").value == DecimalNumber(25))
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func unknownRowWithoutValuesIsIgnored(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.table3.insert(SampleReport.Row("注：本表统计期限为2023年1月1日至2023年12月31日", values: [""]), at: 1)
        let report = parse(sample, layout)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test func blanksThatFitMoreThanOnePlacementMakeTheRowDoubtful() throws {
        var sample = SampleReport()
        // Nine cells for seven columns, only six of them printed: the blanks could sit on either side.
        sample.setValues(["", "3", "", "", "", "", "3", "", ""], ofRow: "一、本年新收政府信息公开申请数量")
        let report = parse(sample, .tabRows)

        let newKeys = keys(.t3, row: "new")
        for key in newKeys {
            #expect(report[key]?.isDoubtful == true, "\(key)")
        }
        #expect(!report.cells.contains { $0.cell.isDoubtful && $0.key.row != "new" }, "only the row is doubtful")
        let diagnostic = try #require(report.diagnostics.first { $0.code == "parse.doubtful_row" })
        #expect(diagnostic.cells == newKeys)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.line == sample.line(ofRow: "一、本年新收政府信息公开申请数量", .tabRows))
        #expect(diagnostic.message.contains("more than one column"))
        #expect(report.diagnostics.count == 1, "\(report.diagnostics)")
    }

    @Test func paddingOnOneSideOnlyFitsOneWay() throws {
        var sample = SampleReport()
        // Merged label cells leave empty cells before the values, and a trailing tab one after: one placement.
        sample.setValues(["", "", "7", "0", "0", "0", "0", "1", "8", ""], ofRow: "一、本年新收政府信息公开申请数量")
        // Exactly seven cells: the blank can only be the first column.
        sample.setValues(["", "4", "0", "0", "0", "0", "4"], ofRow: "二、上年结转政府信息公开申请数量")
        let report = parse(sample, .tabRows)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try cell(report, "t3.new.natural").value == DecimalNumber(7))
        #expect(try cell(report, "t3.new.org_other").value == DecimalNumber(1))
        #expect(try cell(report, "t3.new.total").value == DecimalNumber(8))
        #expect(try cell(report, "t3.carried_in.natural").kind == .blank)
        #expect(try cell(report, "t3.carried_in.business").value == DecimalNumber(4))
        #expect(!report.cells.contains { $0.cell.isDoubtful })
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func v2019Table2InA2023ReportIsReadAsV2019(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.table2 = SampleReport.table2v2019
        let report = parse(sample, layout)

        #expect(report.year == 2023)
        #expect(report[.t2].version == .v2019)
        #expect(report[.t3].version == .v2021)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report[.t2].cells.count == 22)
        #expect(try cell(report, "t2.normative.public_total").value == DecimalNumber(20))
        #expect(try cell(report, "t2.licensing.change").value == DecimalNumber(-1))
        #expect(try cell(report, "t2.other_services.decisions").value == DecimalNumber(5))
        #expect(try cell(report, "t2.penalty.change").value == DecimalNumber(1036))
        #expect(try cell(report, "t2.penalty.decisions").value == DecimalNumber(886))
        #expect(try cell(report, "t2.fees.prior_items").value == DecimalNumber(2))
        #expect(try cell(report, "t2.procurement.projects").value == DecimalNumber(18))
        let amount = try cell(report, "t2.procurement.amount")
        #expect(amount.value == DecimalNumber(251_000))
        #expect(amount.note == "元")
        #expect(amount.line == Int32(sample.line(ofValue: 1, inRow: "政府集中采购", layout)))
        #expect(report[FieldKey(.t2, "fees", "amount")] == nil, "v2019 has no 万元 amount")
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func v2021Table2InA2020ReportIsReadAsV2021(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.title = "2020年政府信息公开工作年度报告（杭州市测试局）"
        let report = parse(sample, layout)
        #expect(report.year == 2020)
        #expect(report.agency == "杭州市测试局")
        #expect(report[.t2].version == .v2021)
        #expect(report[.t3].version == .v2021)
        #expect(try cell(report, "t2.fees.amount").value?.description == "5949.088667")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test(arguments: SampleReport.Layout.allCases)
    func oneRowOtherHandlingIsReadAsV2019Table3(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.table3 = SampleReport.table3v2019
        let report = parse(sample, layout)
        #expect(report[.t2].version == .v2021)
        #expect(report[.t3].version == .v2019)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try cell(report, "t3.other.total").value == DecimalNumber(4))
        #expect(try cell(report, "t3.total.natural").value == DecimalNumber(24))
        #expect(report[FieldKey(.t3, "other_misc", "total")] == nil)
    }

    @Test func reportWithoutTitleOrTablesStillParses() {
        let report = ReportParser.parse(text: "今年我局认真贯彻落实条例。\n", source: "empty.txt")
        #expect(report.title == "")
        #expect(report.year == nil)
        #expect(report.diagnostics.map(\.code) == ["parse.no_title", "template.missing_table", "template.missing_table", "template.missing_table"])
        #expect(report.cells.allSatisfy { $0.cell.kind == .missing })
        #expect(report.cells.count == 200)
    }

    @Test func titleWithoutAgencyGivesAnIdentityDiagnostic() {
        var sample = SampleReport()
        sample.title = "2023年政府信息公开工作年度报告"
        let report = parse(sample, .tabRows)
        #expect(report.year == 2023)
        #expect(report.agency == nil)
        #expect(report.diagnostics.map(\.code) == ["parse.identity"])
        #expect(report.diagnostics.first?.line == 1)
        #expect(report.diagnostics.first?.message.contains("agency") == true)
    }
}
