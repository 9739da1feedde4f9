import Foundation
import NianbaoModel
@testable import NianbaoParser
import Testing

/// How the body of `word/document.xml` becomes lines: paragraphs, rows of cells, merges, and what Word hides.
@Suite struct DocxDocumentTests {
    private typealias Cell = (properties: String, paragraphs: [String])

    /// The lines of a document with this body, tabs shown as `→`.
    private func lines(_ body: String) throws -> [String] {
        try DocxDocument.read(DocxFixtures.docx(body: body), source: "test.docx").lines.map {
            $0.text.replacingOccurrences(of: "\t", with: "→")
        }
    }

    private func plain(_ texts: String...) -> Cell { ("", texts) }
    private func spanning(_ columns: Int, _ texts: String...) -> Cell { ("<w:gridSpan w:val=\"\(columns)\"/>", texts) }

    @Test func paragraphsAreLinesNumberedInOrder() throws {
        let body = DocxFixtures.paragraph("标题") + DocxFixtures.paragraph("") + DocxFixtures.paragraph("正文")
            + DocxFixtures.table(grid: 2, [[plain("规章"), plain("0")]]) + DocxFixtures.paragraph("结尾")
        let document = try DocxDocument.read(DocxFixtures.docx(body: body), source: "test.docx")
        #expect(document.lines.map(\.number) == [1, 2, 3, 4, 5])
        #expect(document.lines.map { String($0.text) } == ["标题", "", "正文", "规章\t0", "结尾"])
    }

    @Test func runsJoinAndTabsAndBreaksShowAsWordShowsThem() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2100"/></w:tabs></w:pPr>\
            <w:r><w:t>规</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>章</w:t></w:r>\
            <w:r><w:tab/><w:t>0</w:t><w:br/><w:t xml:space="preserve"> 次行 </w:t></w:r>\
            <w:r><w:cr/><w:t>第三行</w:t><w:noBreakHyphen/><w:t>1</w:t></w:r></w:p>
            """
        #expect(try lines(body) == ["规章→0", " 次行 ", "第三行-1"], "a tab stop in w:pPr is not a tab")
    }

    @Test func deletedTextFieldInstructionsAndHiddenRunsAreNotRead() throws {
        let body = """
            <w:p><w:r><w:t>共</w:t></w:r>\
            <w:del w:id="1" w:author="a"><w:r><w:delText>5</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="a"><w:r><w:t>3</w:t></w:r></w:ins>\
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>\
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>件</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
            <w:r><w:t>不是结果</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>，第2页</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:fldSimple w:instr=" DATE "><w:r><w:t>。</w:t></w:r></w:fldSimple></w:p>
            """
        #expect(try lines(body) == ["共3件，第2页。"])
    }

    @Test func fieldLeftOpenDoesNotHideTheRest() throws {
        let body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r></w:p>"
            + DocxFixtures.paragraph("二、主动公开政府信息情况")
        #expect(try lines(body) == ["", "二、主动公开政府信息情况"])
    }

    @Test func spanningCellPrintsItsTextOnceThenEmptyCells() throws {
        let body = DocxFixtures.table(grid: 4, [
            [spanning(4, "第二十条第（五）项")],
            [plain("信息内容"), spanning(3, "本年处理决定数量")],
            [plain("行政许可"), spanning(3, "0")],
        ])
        #expect(try lines(body) == ["第二十条第（五）项→→→", "信息内容→本年处理决定数量→→", "行政许可→0→→"])
    }

    @Test func verticalMergeContinuationsAreEmptyCellsOfTheirSpan() throws {
        let restart = "<w:vMerge w:val=\"restart\"/>"
        let body = DocxFixtures.table(grid: 5, [
            [(restart + "<w:gridSpan w:val=\"2\"/>", ["（三）不予公开"]), plain("1.属于国家秘密"), plain("0"), plain("0")],
            // Word may leave the merged text in a continuation cell: it is not shown there.
            [("<w:gridSpan w:val=\"2\"/><w:vMerge/>", ["（三）不予公开"]), plain("2.其他"), plain("1"), plain("1")],
            [("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"continue\"/>", []), plain("3.危及"), plain("2"), plain("2")],
        ])
        #expect(try lines(body) == ["（三）不予公开→→1.属于国家秘密→0→0", "→→2.其他→1→1", "→→3.危及→2→2"])
    }

    @Test func cellParagraphsJoinWithoutSeparatorAndWhitespaceCollapses() throws {
        let paragraph = DocxFixtures.paragraph
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
            + "<w:tc>" + paragraph("商业") + paragraph("企业") + "</w:tc>"
            + "<w:tc><w:p><w:r><w:t>结果</w:t><w:br/><w:t>纠正</w:t></w:r></w:p></w:tc>"
            + "<w:tc>" + paragraph("  22 （其中\u{3000}修订16件） ") + paragraph("") + "</w:tc></w:tr></w:tbl>"
        #expect(try lines(body) == ["商业企业→结果纠正→22 （其中 修订16件）"])
    }

    @Test func tabInsideACellDoesNotSplitIt() throws {
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
            + "<w:tc><w:p><w:r><w:t>规</w:t><w:tab/><w:t>章</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        #expect(try lines(body) == ["规 章→0"])
    }

    @Test func rowsSkippingGridColumnsKeepTheirPlace() throws {
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        #expect(try lines(body) == ["→a→b"])
    }

    @Test func deletedRowIsLeftOut() throws {
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr><w:tc><w:p><w:del w:id=\"2\" w:author=\"a\">"
            + "<w:r><w:delText>旧行</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        #expect(try lines(body) == ["规章→0"])
    }

    @Test func recordedPropertyChangesDoNotCount() throws {
        let changed = "<w:gridSpan w:val=\"2\"/><w:tcPrChange w:id=\"1\" w:author=\"a\"><w:tcPr><w:gridSpan w:val=\"4\"/>"
            + "<w:vMerge/></w:tcPr></w:tcPrChange>"
        let body = DocxFixtures.table(grid: 3, [[(changed, ["行政许可"]), plain("0")]])
        #expect(try lines(body) == ["行政许可→→0"])
    }

    @Test func nestedTableRowsFollowTheRowHoldingThem() throws {
        let inner = DocxFixtures.table(grid: 2, [[plain("规章"), plain("0")], [plain("行政规范性文件"), plain("1")]])
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
            + "<w:tc>" + DocxFixtures.paragraph("表二") + "</w:tc>"
            + "<w:tc>" + DocxFixtures.paragraph("说明") + inner + DocxFixtures.paragraph("注") + "</w:tc>"
            + "</w:tr><w:tr><w:tc><w:p/></w:tc><w:tc>" + DocxFixtures.paragraph("下一行") + "</w:tc></w:tr></w:tbl>"
        #expect(try lines(body) == ["表二→", "说明", "规章→0", "行政规范性文件→1", "注", "→下一行"])
    }

    @Test func oneColumnTableFramingTheReportIsUnwrapped() throws {
        // Reports pasted from web pages often sit in a one-cell table, tables and all.
        let report = DocxFixtures.paragraph("杭州市测试局2023年度政府信息公开工作年度报告")
            + DocxFixtures.paragraph("二、主动公开政府信息情况")
            + DocxFixtures.table(grid: 2, [[plain("行政处罚"), plain("7")]])
            + DocxFixtures.paragraph("五、存在的主要问题及改进情况")
        let body = "<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr><w:tc>\(report)</w:tc></w:tr></w:tbl>"
            + DocxFixtures.paragraph("六、其他需要报告的事项")
        #expect(try lines(body) == [
            "杭州市测试局2023年度政府信息公开工作年度报告", "二、主动公开政府信息情况", "行政处罚→7",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ])
        let framedText = DocxFixtures.table(grid: 1, [[plain("第一段", "第二段")]])
        #expect(try lines(framedText) == ["第一段", "第二段"])
    }

    @Test func alternateContentIsReadOnce() throws {
        let box = "<w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>"
        let body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
            + "<w:drawing><wps:txbx>\(box)</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            + "<v:textbox>\(box)</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        #expect(try lines(body) == ["文本框", "正文"], "the text box's paragraph is a line of its own, read once")
    }

    @Test func strictNamespaceAndOtherPrefixesRead() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:tbl><x:tblGrid>\
            <x:gridCol/><x:gridCol/><x:gridCol/></x:tblGrid><x:tr><x:tc><x:tcPr><x:gridSpan x:val="2"/></x:tcPr>\
            <x:p><x:r><x:t>规章</x:t></x:r></x:p></x:tc><x:tc><x:p><x:r><x:t>0</x:t></x:r></x:p></x:tc></x:tr>\
            </x:tbl></x:body></x:document>
            """
        let document = try DocxDocument.read(DocxFixtures.docx(documentXML: Array(xml.utf8)), source: "strict.docx")
        #expect(document.lines.map(\.text) == ["规章\t\t0"])
    }

    @Test func storedEntryReadsLikeADeflatedOne() throws {
        let body = DocxFixtures.paragraph("正文") + DocxFixtures.table(grid: 2, [[plain("规章"), plain("0")]])
        let stored = try DocxDocument.read(DocxFixtures.docx(body: body, method: .stored), source: "stored.docx")
        let deflated = try DocxDocument.read(DocxFixtures.docx(body: body), source: "deflated.docx")
        #expect(stored.lines.map(\.text) == deflated.lines.map(\.text))
        #expect(stored.lines.map(\.text) == ["正文", "规章\t0"])
    }

    @Test func textWithoutTablesIsAReportWithMissingTableDiagnostics() throws {
        let body = [
            "杭州市测试局2023年度政府信息公开工作年度报告", "一、总体情况", "本年度未收到申请。",
            "二、主动公开政府信息情况", "详见附件。", "五、存在的主要问题及改进情况", "无。",
        ].map(DocxFixtures.paragraph).joined()
        let report = try ReportParser.parse(bytes: DocxFixtures.docx(body: body), source: "notables.docx")
        #expect(report.year == 2023)
        #expect(report.agency == "杭州市测试局")
        let missing = report.diagnostics.filter { $0.code == "template.missing_table" }
        #expect(missing.count == 2, "表三 and 表四: \(report.diagnostics)")
        #expect(report.diagnostics.contains { $0.code == "template.missing_row" && $0.line == 4 },
                "表二's heading is there, its rows are not, and the diagnostic points at the heading's paragraph")
        #expect(report.narrative.contains { $0.heading == "五、存在的主要问题及改进情况" && $0.body == "无。" })
    }

    @Test func emptyBodyIsAnEmptyReport() throws {
        let report = try ReportParser.parse(bytes: DocxFixtures.docx(body: ""), source: "empty.docx")
        #expect(report.diagnostics.contains { $0.code == "parse.no_title" })
        #expect(report.diagnostics.filter { $0.code == "template.missing_table" }.count == 3)
    }

    @Test func bodyOfMoreThanTenMegabytesOnOneLineReads() throws {
        // Word writes the whole body on one line; libxml2 given it in one piece fails past 10 MB.
        let paragraph = DocxFixtures.paragraph(String(repeating: "〇", count: 1000))
        let count = 11 * 1_048_576 / paragraph.utf8.count + 1
        let body = String(repeating: paragraph, count: count) + DocxFixtures.paragraph("完")
        let document = try DocxDocument.read(DocxFixtures.docx(body: body, method: .stored), source: "large.docx")
        #expect(document.lines.count == count + 1)
        #expect(document.lines.last?.text == "完")
    }
}
