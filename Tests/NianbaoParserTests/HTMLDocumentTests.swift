import Foundation
import NianbaoModel
@testable import NianbaoParser
import Testing

/// The web page reader on small pages: what becomes a line, what a row of cells, what is skipped.
@Suite struct HTMLDocumentTests {
    private func document(_ html: String) throws -> ExtractedDocument {
        try HTMLDocument.read(Array(html.utf8), source: "page.html")
    }

    private func lines(_ html: String) throws -> [String] {
        try document(html).lines.map { String($0.text) }
    }

    // MARK: Text and blocks

    @Test func blocksAndBreaksEndLines() throws {
        let html = "<body><p>甲</p><div>乙<br>丙<br/>丁</div><h2>戊</h2><ul><li>己<li>庚</ul>辛</body>"
        #expect(try lines(html) == ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"])
    }

    @Test func inlineTagsDoNotBreakText() throws {
        let html = "<p><b>杭州市</b><span lang=EN-US>2023</span><font color=red>年度</font><a href='#'>报告</a><o:p></o:p></p>"
        #expect(try lines(html) == ["杭州市2023年度报告"])
    }

    @Test func whitespaceCollapsesAndALineBreakBetweenChineseCharactersVanishes() throws {
        let html = "<p>  政府信息\n公开　工作  年度\r\n报告   2023\n年\t度 </p>"
        #expect(try lines(html) == ["政府信息公开　工作 年度报告 2023 年 度"])
    }

    @Test func entitiesAreDecoded() throws {
        let html = "<p>&lt;a&gt; &amp; &quot;b&quot; &#20013;&#x56FD;&#X56fd; &ldquo;三安全一稳定&rdquo; 甲&mdash;乙&middot;丙 &copy 2023&hellip;</p>"
        #expect(try lines(html) == ["<a> & \"b\" 中国国 “三安全一稳定” 甲—乙·丙 © 2023…"])
    }

    @Test func unknownEntitiesAndStrayAmpersandsStayAsPrinted() throws {
        #expect(try lines("<p>A&B &unknown; &#; &#xZZ; a &amp b</p>") == ["A&B &unknown; &#; &#xZZ; a & b"])
    }

    @Test func nbspIsASpaceAndInvisibleCharactersAreDropped() throws {
        let html = "<p>&nbsp;&nbsp;一、总体情况&nbsp;</p><p>1\u{200B}2&#8203;3\u{FEFF}4&shy;5</p><p>\u{A0}\u{A0}</p>"
        #expect(try lines(html) == ["一、总体情况", "12345"])
    }

    @Test func numericReferencesInTheC1RangeReadAsWindows1252() throws {
        #expect(try lines("<p>&#147;引号&#148;&#150;&#0;</p>") == ["“引号”–\u{FFFD}"])
    }

    @Test func strayLessThanSignsAreText() throws {
        #expect(try lines("<p>a < b, 1<2, x <= y, <3</p>") == ["a < b, 1<2, x <= y, <3"])
    }

    // MARK: Skipped content

    @Test func scriptsStylesCommentsAndHeadAreSkipped() throws {
        let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>标题</title>
        <style>p { color: red } /* <p>不是段落</p> */</style>
        <script>var s = "<td>不是单元格</td>"; if (a < b) {}</script>
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>张三</o:Author></o:DocumentProperties></xml><![endif]-->
        </head><body><!-- 注释 --><p>正文</p><SCRIPT type="text/javascript">document.write("<p>脚本</p>")</SCRIPT>
        <noscript>请启用脚本</noscript><xml><w:data>数据</w:data></xml><p>结尾</p></body></html>
        """
        let document = try document(html)
        #expect(document.lines.map { String($0.text) } == ["正文", "结尾"])
        #expect(document.pageTitle == "标题")
    }

    @Test func wordListNumberingBehindConditionalMarkersIsKept() throws {
        let html = """
        <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>1、<span
        style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>总体情况</span></p>
        """
        #expect(try lines(html) == ["1、 总体情况"])
    }

    @Test func unclosedCommentEndsAtTheNextGreaterThanSign() throws {
        #expect(try lines("<p>甲</p><!-- 未闭合的注释 ><p>乙</p>") == ["甲", "乙"])
    }

    @Test func unclosedScriptHidesTheRestAsInABrowser() throws {
        #expect(try lines("<p>甲</p><script>var a = 1;<p>乙</p>") == ["甲"])
    }

    @Test func titleIsTheFirstTitleWithEntitiesAndWhitespaceTidied() throws {
        let html = "<html><head><title>\n  杭州市拱墅区统计局2023年度政府信息公开工作年度报告&nbsp;_&nbsp;统计信息\n</title></head><body><svg><title>图</title></svg><p>正文</p></body></html>"
        let document = try document(html)
        #expect(document.pageTitle == "杭州市拱墅区统计局2023年度政府信息公开工作年度报告 _ 统计信息")
        #expect(document.lines.map { String($0.text) } == ["正文"])
    }

    @Test func pageWithoutTextHasNoLines() throws {
        let html = "<html><head><title> </title><style>p{}</style></head><body><div><p>&nbsp;</p><table><tr><td></td><td>&nbsp;</td></tr></table></div></body></html>"
        let document = try document(html)
        #expect(document.lines.isEmpty)
        #expect(document.pageTitle == nil)
        let report = try ReportParser.parse(bytes: Array(html.utf8), source: "empty.html")
        #expect(report.diagnostics.filter { $0.code == "template.missing_table" }.count == 3)
        #expect(report.diagnostics.contains { $0.code == "parse.no_title" })
    }

    // MARK: Tables

    @Test func rowsBecomeTabSeparatedCells() throws {
        let html = "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>3</td></tr></table>"
        #expect(try lines(html) == ["信息内容\t本年制发件数", "规章\t3"])
    }

    @Test func cellTextJoinsSpansParagraphsAndBreaks() throws {
        let html = """
        <table><tr><td><p class=MsoNormal><span lang=EN-US>11</span><span lang=EN-US style='x'>6014<o:p></o:p></span><font>.331</font></p></td>
        <td><p>结果</p><p>纠正</p></td><td>商业<br>企业</td><td>&nbsp;0&nbsp;</td><td><p>&nbsp;</p></td><td>\tA\n B </td></tr></table>
        """
        #expect(try lines(html) == ["116014.331\t结果纠正\t商业企业\t0\t\tA B"])
    }

    @Test func unclosedCellsRowsAndParagraphsAreClosedByWhatFollows() throws {
        let html = "<p>前言<table><tr><td>规章<td>0<td>1<tr><td>行政许可<td>2</table><p>甲<p>乙"
        #expect(try lines(html) == ["前言", "规章\t0\t1", "行政许可\t2", "甲", "乙"])
    }

    @Test func upperCaseTagsAndUnquotedAttributes() throws {
        let html = "<TABLE BORDER=1><TBODY><TR><TD COLSPAN=2 ALIGN=center>第二十条第（五）项</TD></TR><TR><TD>行政许可</TD><TD Colspan=\"1\">7</TD></TR></TBODY></TABLE>"
        #expect(try lines(html) == ["第二十条第（五）项", "行政许可\t7"])
    }

    @Test func cellsWithoutARowFormOne() throws {
        #expect(try lines("<table><td>规章</td><td>1</td></table>") == ["规章\t1"])
    }

    @Test func labelMergedDownLeavesAnEmptyCellInTheRowsBelow() throws {
        let html = """
        <table>
        <tr><td rowspan=3>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td><td>1</td></tr>
        <tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>2</td><td>2</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td>3</td><td>3</td></tr>
        <tr><td colspan=3>（七）总计</td><td>6</td><td>6</td></tr>
        </table>
        """
        #expect(try lines(html) == [
            "三、本年度办理结果\t（一）予以公开\t1\t1",
            "\t（三）不予公开\t1.属于国家秘密\t2\t2",
            "\t\t2.其他法律行政法规禁止公开\t3\t3",
            "（七）总计\t6\t6",
        ])
    }

    @Test func valueMergedAcrossIsFollowedByEmptyCells() throws {
        let html = "<table><tr><td>行政许可</td><td colspan=3>0</td></tr><tr><td>行政事业性收费</td><td colspan=2>/</td><td colspan=2></td><td>5</td></tr></table>"
        #expect(try lines(html) == ["行政许可\t0\t\t", "行政事业性收费\t/\t\t\t\t5"])
    }

    @Test func headerMergedDownKeepsItsPlaceAtTheEndOfTheRowBelow() throws {
        let html = """
        <table><tr><td rowspan=2>自然人</td><td colspan=2>法人或其他组织</td><td rowspan=2>总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td></tr></table>
        """
        #expect(try lines(html) == ["自然人\t法人或其他组织\t总计", "\t商业企业\t科研机构\t"])
    }

    @Test func valueMergedDownAndAcrossKeepsEveryColumnBelow() throws {
        let html = "<table><tr><td>甲</td><td rowspan=2 colspan=2>0</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>"
        #expect(try lines(html) == ["甲\t0\t\t1", "乙\t\t\t2"])
    }

    @Test func spansAreClampedAndNonsenseReadsAsOne() throws {
        let html = "<table><tr><td colspan=0>甲</td><td rowspan=-2 colspan=abc>1</td></tr><tr><td>乙</td><td colspan=999999>2</td></tr></table>"
        let rows = try lines(html)
        #expect(rows[0] == "甲\t1")
        #expect(rows[1].hasPrefix("乙\t2\t"))
        #expect(rows[1].filter { $0 == "\t" }.count == HTMLTokenizer.maximumColumnSpan)
    }

    /// Why a label merged across is not padded: its values follow it directly, so a blank value at either
    /// end of the row stays in its column instead of leaving the parser to guess.
    @Test func blankValuesBesideMergedLabelsStayInTheirColumns() throws {
        let html = """
        <html><body><p>杭州市测试局2023年度政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>
        <table border=1>
        <tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>
        <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        <tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td></td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
        <tr><td rowspan=3>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>&nbsp;</td></tr>
        <tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td></td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        </table></body></html>
        """
        let report = try ReportParser.parse(bytes: Array(html.utf8), source: "blanks.html")
        func cell(_ key: String) throws -> Cell {
            let fieldKey = try #require(FieldKey(key))
            return try #require(report[fieldKey])
        }
        for key in ["t3.new.natural", "t3.granted.total", "t3.denied_secret.business"] {
            #expect(try cell(key).kind == .blank, "\(key)")
            #expect(try !cell(key).isDoubtful, "\(key)")
        }
        #expect(try cell("t3.new.total").value == DecimalNumber(5))
        #expect(try cell("t3.granted.natural").value == DecimalNumber(5))
        #expect(try cell("t3.denied_secret.total").value == DecimalNumber(1))
        #expect(try cell("t3.denied_law.total").value == DecimalNumber(0))
        #expect(!report.diagnostics.contains { $0.code == "parse.doubtful_row" }, "\(report.diagnostics.map(\.message))")
    }

    @Test func emptyRowsAreDropped() throws {
        let html = "<table><tr><td>规章</td><td>1</td></tr><tr><td>&nbsp;</td><td></td></tr><tr height=0><td></td><td></td></tr></table>"
        #expect(try lines(html) == ["规章\t1"])
    }

    @Test func captionIsALineOfItsOwn() throws {
        #expect(try lines("<table><caption>表二</caption><tr><td>规章</td><td>1</td></tr></table>") == ["表二", "规章\t1"])
    }

    @Test func textOutsideCellsComesBeforeTheRow() throws {
        #expect(try lines("<table><tr>单位：件<td>规章</td><td>1</td></tr></table>") == ["单位：件", "规章\t1"])
    }

    @Test func layoutTablesAroundTheReportAreReadAsBlocks() throws {
        let html = """
        <table width=1000><tr><td class=left><ul><li>首页<li>政务公开</ul></td>
        <td class=main><p>二、主动公开政府信息情况</p>
        <table border=1><tr><td>规章</td><td>0</td><td>0</td><td>2</td></tr></table>
        <p>三、收到和处理政府信息公开申请情况</p></td></tr></table>
        """
        #expect(try lines(html) == ["首页", "政务公开", "二、主动公开政府信息情况", "规章\t0\t0\t2", "三、收到和处理政府信息公开申请情况"])
    }

    @Test func singleColumnTableIsReadAsBlocks() throws {
        let html = "<table><tr><td><p>一、总体情况</p><p>正文第一段。</p></td></tr><tr><td>正文第二段。</td></tr></table>"
        #expect(try lines(html) == ["一、总体情况", "正文第一段。", "正文第二段。"])
    }

    @Test func tableWithAnArticleInACellIsReadAsBlocks() throws {
        let article = String(repeating: "本机关依法做好政府信息公开工作。", count: 60)
        let html = "<table><tr><td>首页</td><td><p>杭州市测试局2023年度政府信息公开工作年度报告</p><p>\(article)</p></td></tr></table>"
        #expect(try lines(html) == ["首页", "杭州市测试局2023年度政府信息公开工作年度报告", article])
    }

    @Test func preformattedTextKeepsTabsAndLines() throws {
        let html = "<pre>\n规章\t0\t1\n  行政许可\t2\r\n\n</pre><p>后</p>"
        #expect(try lines(html) == ["规章\t0\t1", "  行政许可\t2", "后"])
    }

    // MARK: Line numbers

    @Test func linesPointToWhereTextAndRowsStartInThePage() throws {
        let html = """
        <html><head>
        <title>标题</title></head>
        <body><p class=MsoNormal>
        <span>第一段</span></p>
        <table>
         <tr>
          <td>规章</td>
          <td>1</td>
         </tr>
         <tr><td>行政许可</td><td>2</td></tr>
        </table>
        <p>甲<br>
        乙</p>
        </body></html>
        """
        let lines = try document(html).lines
        #expect(lines.map(\.number) == [4, 6, 10, 12, 13])
        #expect(lines.map { String($0.text) } == ["第一段", "规章\t1", "行政许可\t2", "甲", "乙"])
    }

    @Test func crlfAndLoneCRCountAsOneLineBreakEach() throws {
        let html = "<p>甲</p>\r\n<p>乙</p>\r<p>丙</p>\n\r\n<table>\r\n<tr><td>规章</td><td>1</td></tr></table>"
        #expect(try document(html).lines.map(\.number) == [1, 2, 3, 6])
    }

    // MARK: Limits

    @Test func deeplyNestedDivsDoNotRecurse() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "深处的文字" + String(repeating: "</div>", count: depth)
        #expect(try lines(html) == ["深处的文字"])
    }

    @Test func deeplyNestedTablesDoNotRecurse() throws {
        let depth = 100_000
        let html = String(repeating: "<table><tr><td>", count: depth) + "<table><tr><td>规章</td><td>1</td></tr></table>"
            + String(repeating: "</td></tr></table>", count: depth)
        #expect(try lines(html) == ["规章\t1"])
    }

    @Test func unclosedTablesAndCellsByTheHundredThousand() throws {
        // Each table opens inside the last cell of the one before: all but the innermost lay out the page.
        let html = String(repeating: "<table><tr><td>甲<td>1", count: 100_000)
        let lines = try lines(html)
        #expect(lines.count == 2 * 99_999 + 1)
        #expect(lines.last == "甲\t1")
        #expect(lines.dropLast().allSatisfy { $0 == "甲" || $0 == "1" })
    }

    @Test func manyUnclosedCellsInOneRow() throws {
        let html = "<table><tr>" + String(repeating: "<td>1", count: 100_000) + "</table>"
        let lines = try lines(html)
        #expect(lines.count == 1)
        #expect(lines[0].split(separator: "\t").count == 100_000)
    }

    @Test func truncatedMarkupEndsQuietly() throws {
        for html in ["<p>甲</p><td", "<p>甲</p><table><tr><td class=\"x", "<p>甲</p><!--", "<p>甲</p><", "<p>甲</p></", "<p>甲</p>&#x", "<p>甲</p>&"] {
            let lines = try lines(html)
            #expect(lines.first == "甲", "\(html)")
        }
    }

    @Test func unclosedQuoteInATagEndsAtTheTagsEnd() throws {
        #expect(try lines("<table><tr><td class=\"x>规章</td><td>1</td></tr></table>") == ["规章\t1"])
    }
}
