#!/usr/bin/env python3
"""Writes the web-page fixtures: seed reports rewritten as the pages they come as on government sites.

- word-003-gb2312-undeclared.html: Corpus/003 saved by Word as a web page (MsoNormal paragraphs, <o:p>,
  spans around every number, list numbering behind <![if !supportLists]>, merged label columns), in GB2312
  bytes with the charset line removed.
- word-004-gb2312-declared.html: Corpus/004 (the v2019 template) the same way, declaring charset=gb2312;
  numbers split across spans (116<span>014.331</span>).
- site-003-utf8.html: Corpus/003 as a CMS article inside a site's navigation, layout tables, scripts and
  footer; the report is named only in <title>; hand-written markup with unclosed <p>, <td> and <tr>,
  upper-case tags, unquoted attributes, entities and values in <font>.
- word-2022-gongshu-stats-utf8.html: a new report, 拱墅区统计局 for 2022 (the year before 003), as a Word page
  in UTF-8 declaring utf-8, with values of several digits split across spans that satisfy every rule, the
  cross-year ones against 003 included. With --corpus it is also written to Corpus/005_<hash>.html (the
  corpus, transcript and end-to-end tests count the seeds, so they change with it).

Table cells take their values from the hand-verified golden files (Fixtures/Golden), so HTMLGoldenTests
compares every cell with them. Run from anywhere: python3 make_html.py [--corpus]
"""
import hashlib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
GOLDEN = HERE.parent / "Golden"

SEEDS = {"003": "003_6c24181f357a8c1b", "004": "004_22ae0dcbb7cafc77"}

TABLE_HEADINGS = ["主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况"]
NARRATIVE_HEADINGS = ["总体情况", "存在的主要问题", "其他需要报告"]

# ---------------------------------------------------------------- the templates' tables, as printed

T2_V2021 = [
    ("section", "第二十条第（一）项"),
    ("header", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
    ("row", "规章", "regulations", ["issued", "repealed", "in_force"]),
    ("row", "行政规范性文件", "normative", ["issued", "repealed", "in_force"]),
    ("section", "第二十条第（五）项"),
    ("header", ["信息内容", "本年处理决定数量"]),
    ("row", "行政许可", "licensing", ["decisions"]),
    ("section", "第二十条第（六）项"),
    ("header", ["信息内容", "本年处理决定数量"]),
    ("row", "行政处罚", "penalty", ["decisions"]),
    ("row", "行政强制", "coercion", ["decisions"]),
    ("section", "第二十条第（八）项"),
    ("header", ["信息内容", "本年收费金额（单位：万元）"]),
    ("row", "行政事业性收费", "fees", ["amount"]),
]

T2_V2019 = [
    ("section", "第二十条第（一）项"),
    ("header", ["信息内容", "本年新<br>制作数量", "本年新<br>公开数量", "对外公开总数量"]),
    ("row", "规章", "regulations", ["made", "published", "public_total"]),
    ("row", "规范性文件", "normative", ["made", "published", "public_total"]),
    ("section", "第二十条第（五）项"),
    ("header", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]),
    ("row", "行政许可", "licensing", ["prior_items", "change", "decisions"]),
    ("row", "其他对外管理服务事项", "other_services", ["prior_items", "change", "decisions"]),
    ("section", "第二十条第（六）项"),
    ("header", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]),
    ("row", "行政处罚", "penalty", ["prior_items", "change", "decisions"]),
    ("row", "行政强制", "coercion", ["prior_items", "change", "decisions"]),
    ("section", "第二十条第（八）项"),
    ("header", ["信息内容", "上一年项目数量", "本年增/减"]),
    ("row", "行政事业性收费", "fees", ["prior_items", "change"]),
    ("section", "第二十条第（九）项"),
    ("header", ["信息内容", "采购项目数量", "采购总金额"]),
    ("row", "政府集中采购", "procurement", ["projects", "amount"]),
]

T3_COLUMNS = ["natural", "business", "research", "nonprofit", "legal", "org_other", "total"]
RESULTS = "三、本年度办理结果"
T3_ROWS_HEAD = [
    ([], "一、本年新收政府信息公开申请数量", "new"),
    ([], "二、上年结转政府信息公开申请数量", "carried_in"),
    ([RESULTS], "（一）予以公开", "granted"),
    ([RESULTS], "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
] + [([RESULTS, "（三）不予公开"], label, key) for label, key in [
    ("1.属于国家秘密", "denied_secret"), ("2.其他法律行政法规禁止公开", "denied_law"),
    ("3.危及“三安全一稳定”", "denied_safety"), ("4.保护第三方合法权益", "denied_third_party"),
    ("5.属于三类内部事务信息", "denied_internal"), ("6.属于四类过程性信息", "denied_process"),
    ("7.属于行政执法案卷", "denied_enforcement"), ("8.属于行政查询事项", "denied_query")]] + [
    ([RESULTS, "（四）无法提供"], "1.本机关不掌握相关政府信息", "unavailable_not_held"),
    ([RESULTS, "（四）无法提供"], "2.没有现成信息需要另行制作", "unavailable_create"),
    ([RESULTS, "（四）无法提供"], "3.补正后申请内容仍不明确", "unavailable_unclear"),
    ([RESULTS, "（五）不予处理"], "1.信访举报投诉类申请", "ignored_petition"),
    ([RESULTS, "（五）不予处理"], "2.重复申请", "ignored_repeat"),
    ([RESULTS, "（五）不予处理"], "3.要求提供公开出版物", "ignored_publication"),
    ([RESULTS, "（五）不予处理"], "4.无正当理由大量反复申请", "ignored_excessive"),
    ([RESULTS, "（五）不予处理"], "5.要求行政机关确认或重新出具已获取信息", "ignored_confirm"),
]
T3_OTHER_V2021 = [
    ([RESULTS, "（六）其他处理"], "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction"),
    ([RESULTS, "（六）其他处理"], "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_no_fee"),
    ([RESULTS, "（六）其他处理"], "3.其他", "other_misc"),
]
T3_OTHER_V2019 = [([RESULTS], "（六）其他处理", "other")]
T3_TAIL = [([RESULTS], "（七）总计", "total"), ([], "四、结转下年度继续办理", "carried_forward")]

T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_MEASURES = ["upheld", "corrected", "other", "pending", "total"]
T4_LABELS = ["结果维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "总计"]


def t3_rows(version):
    return T3_ROWS_HEAD + (T3_OTHER_V2021 if version == "v2021" else T3_OTHER_V2019) + T3_TAIL


def grid_t2(version, values):
    """表二 as rows of cells: (text, colspan, rowspan, is_value)."""
    rows = []
    for entry in (T2_V2021 if version == "v2021" else T2_V2019):
        if entry[0] == "section":
            rows.append([(entry[1], 4, 1, False)])
        elif entry[0] == "header":
            labels = entry[1]
            rows.append([(labels[0], 1, 1, False)] + [(label, 1, 1, False) for label in labels[1:-1]]
                        + [(labels[-1], 4 - (len(labels) - 1), 1, False)])
        else:
            _, label, item, measures = entry
            cells = [values[f"t2.{item}.{measure}"] for measure in measures]
            rows.append([(label, 1, 1, False)] + [(cell, 1, 1, True) for cell in cells[:-1]]
                        + [(cells[-1], 4 - len(cells), 1, True)])
    return rows


def grid_t3(version, values):
    rows = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, False), ("申请人情况", 7, 1, False)],
        [("自然人", 1, 2, False), ("法人或其他组织", 5, 1, False), ("总计", 1, 2, False)],
        [("商业<br>企业", 1, 1, False), ("科研<br>机构", 1, 1, False), ("社会公益组织", 1, 1, False),
         ("法律服务机构", 1, 1, False), ("其他", 1, 1, False)],
    ]
    template = t3_rows(version)
    for index, (parents, label, key) in enumerate(template):
        cells = []
        # A parent label spans the rows of its group, printed on the group's first row.
        for depth, parent in enumerate(parents):
            first = next(i for i, row in enumerate(template) if len(row[0]) > depth and row[0][depth] == parent)
            if first == index:
                span = sum(1 for row in template if len(row[0]) > depth and row[0][depth] == parent)
                cells.append((parent, 1, span, False))
        cells.append((label, 3 - len(parents), 1, False))
        cells += [(values[f"t3.{key}.{column}"], 1, 1, True) for column in T3_COLUMNS]
        rows.append(cells)
    return rows


def grid_t4(values):
    return [
        [("行政复议", 5, 1, False), ("行政诉讼", 10, 1, False)],
        [(label, 1, 2, False) for label in T4_LABELS] + [("未经复议直接起诉", 5, 1, False), ("复议后起诉", 5, 1, False)],
        [(label, 1, 1, False) for label in T4_LABELS] * 2,
        [(values[f"t4.{group}.{measure}"], 1, 1, True) for group in T4_GROUPS for measure in T4_MEASURES],
    ]


# ---------------------------------------------------------------- reading the seeds

def read_golden(seed):
    values = {}
    for line in (GOLDEN / f"{SEEDS[seed]}.golden").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) != 5:
            continue
        values[fields[0]] = "" if fields[3] == "-" else fields[3]
    return values


def read_narrative(seed):
    """The seed's lines outside its tables, and where each table stands among them."""
    text = (ROOT / "Corpus" / f"{SEEDS[seed]}.txt").read_text(encoding="utf-8")
    text = text.replace("[bookmark: _GoBack]", "")
    blocks = []
    in_table = False
    for line in text.split("\n"):
        stripped = line.strip()
        if any(heading in stripped for heading in TABLE_HEADINGS) and "\t" not in line:
            blocks.append(("heading", stripped))
            blocks.append(("table", len([b for b in blocks if b[0] == "table"])))
            in_table = True
        elif in_table and any(heading in stripped for heading in NARRATIVE_HEADINGS) and "\t" not in line:
            blocks.append(("heading", stripped))
            in_table = False
        elif not in_table:
            blocks.append(("text", stripped))
    return blocks


# ---------------------------------------------------------------- Word's web page

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def word_inline(text, font):
    """Text as Word writes it: Latin runs (digits) in their own spans, the rest in the paragraph's font."""
    parts = re.split(r"([0-9A-Za-z.%/+\-]+)", escape(text))
    out = []
    for index, part in enumerate(parts):
        if not part:
            continue
        out.append(f"<span lang=EN-US>{part}</span>" if index % 2 else part)
    return f"<span style='font-size:16.0pt;font-family:{font}'>{''.join(out)}<span lang=EN-US><o:p></o:p></span></span>"


def wrap(html, width=76):
    """Breaks long lines as Word does: at spaces inside tags, and between two Chinese characters."""
    out, column, in_tag, quote = [], 0, False, None
    for index, char in enumerate(html):
        if char == "\n":
            out.append(char)
            column = 0
            continue
        if in_tag:
            if char == " " and column > width:
                # Word breaks inside style values too: the break is whitespace either way.
                out.append("\n")
                column = 0
                continue
            if quote:
                quote = None if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == ">":
                in_tag = False
        elif char == "<":
            in_tag = True
        elif column > width and CJK.match(char) and index > 0 and CJK.match(html[index - 1]):
            out.append("\n")
            column = 0
        out.append(char)
        column += 1
    return "".join(out)


def word_paragraph(text, kind):
    if kind == "title":
        return (f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span "
                f"style='font-size:22.0pt;font-family:方正小标宋简体'>{word_inline(text, '方正小标宋简体')}</span></b></p>")
    numbered = re.match(r"^([0-9]+、|（[0-9]+）)\s+(.*)$", text)
    if numbered:
        # Word's own list numbering: the number shows only behind a conditional marker.
        return (f"<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'>"
                f"<![if !supportLists]><span lang=EN-US style='font-size:16.0pt;font-family:黑体'>{escape(numbered.group(1))}"
                f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>"
                f"{word_inline(numbered.group(2), '黑体')}</p>")
    font = "黑体" if kind == "heading" else "仿宋_GB2312"
    return f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>{word_inline(text, font)}</p>"


def word_cell_text(text, is_value, split_numbers):
    if is_value:
        if text == "":
            return "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
        if split_numbers and len(text) >= 2:
            # Word splits a number where its formatting changed (a digit retyped, a revision mark).
            cut = len(text) // 2
            return (f"<span lang=EN-US>{escape(text[:cut])}</span><span lang=EN-US style='mso-bidi-font-size:"
                    f"10.5pt'>{escape(text[cut:])}<o:p></o:p></span>")
        return f"<span lang=EN-US>{escape(text)}<o:p></o:p></span>"
    pieces = text.split("<br>")
    # A label broken in the cell is two paragraphs in Word.
    return "</span></p>\n  <p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>".join(
        escape(piece) for piece in pieces) + "<span lang=EN-US><o:p></o:p></span>"


def word_table(rows, split_numbers):
    out = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=605 style='width:454.0pt;"
           "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
           "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for index, row in enumerate(rows):
        out.append(f" <tr style='mso-yfti-irow:{index};height:21.0pt'>")
        for text, colspan, rowspan, is_value in row:
            spans = (f" colspan={colspan}" if colspan > 1 else "") + (f" rowspan={rowspan}" if rowspan > 1 else "")
            width = 40 * colspan
            out.append(f"  <td width={width}{spans} style='width:{width}.0pt;border:solid windowtext 1.0pt;border-top:"
                       f"none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:21.0pt'>")
            out.append(f"  <p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>"
                       f"{word_cell_text(text, is_value, split_numbers)}</span></p>")
            out.append("  </td>")
        out.append(" </tr>")
    out.append(" <![if !supportMisalignedColumns]>")
    out.append(" <tr height=0>" + "".join(f"<td width=40 style='border:none'></td>" for _ in range(10)) + "</tr>")
    out.append(" <![endif]>")
    out.append("</table>")
    return "\n".join(wrap(line) for line in out)


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
{charset}<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{name}.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>政务公开科</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>6</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

WORD_TAIL = """
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
"""


def word_page(blocks, tables, title, name, charset, split_numbers):
    body = []
    previous = None
    for kind, content in blocks:
        if kind == "table":
            body.append(word_table(tables[content], split_numbers))
        elif kind == "heading":
            body.append(wrap(word_paragraph(content, "heading")))
        elif content == "":
            body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
            continue
        elif "年度报告" in content and len(content) < 40 or previous == "title" and re.match(r"^（[^）]+）$", content):
            body.append(wrap(word_paragraph(content, "title")))
            kind = "title"
        else:
            body.append(wrap(word_paragraph(content, "text")))
        previous = kind
    meta = f"<meta http-equiv=Content-Type content=\"text/html; charset={charset}\">\n" if charset else ""
    return WORD_HEAD.format(charset=meta, name=name, title=title) + "\n\n".join(body) + "\n" + WORD_TAIL


# ---------------------------------------------------------------- a CMS article page

SITE_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="政府信息公开,年度报告">
<link rel="stylesheet" type="text/css" href="/static/css/common.css" />
<style type="text/css">
  .nav li {{ float: left; }} td > p {{ margin: 0; }} .article table {{ border-collapse: collapse; }}
</style>
<script type="text/javascript">
  var _hmt = _hmt || []; var html = "<table><tr><td>不是单元格</td></tr></table>";
  if (a < b && b > c) {{ document.write("<p>脚本里的段落</p>"); }}
</script>
</head>
<BODY>
<div class="top"><a href="/">杭州市拱墅区人民政府</a> | <a href="/wza">无障碍浏览</a> | <a href="/en">English</a></div>
<ul class=nav>
  <li><a href="/">首页</a>
  <li><a href="/zwgk">政务公开</a>
  <li><a href="/zwfw">政务服务</a>
  <li><a href="/hdjl">互动交流</a>
</ul>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="240" valign="top" class="left">
  <h3>信息公开目录</h3>
  <ul><li><a>机构概况</a></li><li><a>政策文件</a></li><li><a>规划计划</a></li><li><a>统计信息</a></li></ul>
  <!-- <ul><li><a>2022年度政府信息公开工作年度报告</a></li></ul> -->
</td>
<td valign="top" class="main">
  <div class="position">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk">政务公开</a>&nbsp;&gt;&nbsp;统计信息</div>
  <div class="info">发布日期：2024-01-18&nbsp;&nbsp;&nbsp;来源：区统计局&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script>document.write(hits)</script></span></div>
  <div class="article" id="zoom">
"""

SITE_TAIL = """
  </div>
  <div class="share">分享到：<a>微信</a> <a>微博</a></div>
</td>
</tr>
</table>
<div class="footer">主办单位：杭州市拱墅区人民政府办公室&nbsp;&copy;版权所有<br/>浙ICP备00000000号<BR>网站标识码：3301050000</div>
<script src="/static/js/count.js"></script>
<script>
  window.onload = function () { if (document.body.clientWidth < 1000) { /* </td></tr> */ } };
</script>
</BODY>
</html>
"""


def site_text(text):
    return escape(text).replace("“", "&ldquo;").replace("”", "&rdquo;")


def site_table(rows, style):
    """Hand-written CMS markup; `style` picks the quirks: 0 unclosed cells and rows, upper-case tags and
    unquoted attributes; 1 tidy markup with padded and <font>-wrapped values."""
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">', "<tbody>"]
    for row in rows:
        cells = []
        for index, (text, colspan, rowspan, is_value) in enumerate(row):
            spans = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
            content = site_text(text).replace("&lt;br&gt;", "<br />")
            if style == 0:
                spans = spans.replace('"', "")
                tag = "TD" if index % 2 else "td"
                cells.append(f"<{tag}{spans} align=center>{content if content else '&nbsp;'}")
            else:
                if is_value and content:
                    content = f'&nbsp;<font face="Times New Roman">{content[:1]}</font><font face="Times New Roman">{content[1:]}</font>&nbsp;'
                elif not content:
                    content = "&nbsp;"
                cells.append(f'<td{spans} style="text-align:center;"><p style="text-align:center"><span style="font-family:宋体">{content}</span></p></td>')
        out.append(("<tr>" if style == 0 else "<tr>\n  ") + ("\n  " if style == 1 else "").join(cells) + ("" if style == 0 else "\n</tr>"))
    out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def site_page(blocks, tables, title):
    body = []
    style = 0
    for kind, content in blocks:
        if kind == "table":
            body.append(site_table(tables[content], style))
            style = 1 - style
        elif kind == "heading":
            body.append(f'<p style="text-indent:2em"><strong>{site_text(content)}</strong></p>')
        elif content == "" or "年度报告" in content and len(content) < 40:
            # The site prints the report's name only in <title>.
            continue
        else:
            # Paragraphs opened and never closed, as editors leave them.
            body.append(f'<P style="text-indent:2em;">{site_text(content)}')
    return SITE_HEAD.format(title=title) + "\n".join(body) + "\n" + SITE_TAIL


# ---------------------------------------------------------------- the pages

def tables_for(values, t2, t3):
    return [grid_t2(t2, values), grid_t3(t3, values), grid_t4(values)]


def write(path, text, encoding):
    path.write_bytes(text.encode(encoding))
    print(f"wrote {path.relative_to(ROOT)} ({encoding})")


def fixtures():
    values = read_golden("003")
    blocks = read_narrative("003")
    tables = tables_for(values, "v2021", "v2021")
    title = "杭州市拱墅区统计局2023年度政府信息公开工作年度报告"
    write(HERE / "word-003-gb2312-undeclared.html",
          word_page(blocks, tables, title, "003", charset=None, split_numbers=False), "gb2312")
    write(HERE / "site-003-utf8.html",
          site_page(blocks, tables, f"{title}_统计信息_杭州市拱墅区人民政府"), "utf-8")

    values = read_golden("004")
    blocks = read_narrative("004")
    tables = tables_for(values, "v2019", "v2019")
    write(HERE / "word-004-gb2312-declared.html",
          word_page(blocks, tables, "2020年政府信息公开工作年度报告", "004", charset="gb2312", split_numbers=True), "gb2312")


# ---------------------------------------------------------------- Corpus/005: 拱墅区统计局, 2022

REPORT_2022 = {
    "t2.regulations.issued": "0", "t2.regulations.repealed": "0", "t2.regulations.in_force": "0",
    "t2.normative.issued": "0", "t2.normative.repealed": "0", "t2.normative.in_force": "0",
    "t2.licensing.decisions": "0", "t2.penalty.decisions": "126", "t2.coercion.decisions": "0",
    "t2.fees.amount": "0",
}
T3_2022 = {  # row: (natural, business); every other column 0
    "new": (5, 2), "carried_in": (0, 0), "granted": (3, 1), "partial": (1, 0), "denied_third_party": (0, 1),
    "unavailable_not_held": (1, 0), "total": (5, 2), "carried_forward": (0, 0),
}
T4_2022 = {"review": (1, 0, 0, 0, 1)}

NARRATIVE_2022 = [
    ("text", "杭州市拱墅区统计局2022年度政府信息公开工作年度报告"),
    ("text", "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2022年1月1日起至2022年12月31日止。"),
    ("heading", "一、总体情况"),
    ("text", "（一）主动公开。2022年，以拱墅区政府信息公开网站为平台，共发布、更新各类公开信息52条，其中政策文件5条，规划计划6条，"
             "资金信息2条，政府工作25条，行政执法公开14条；推送微信公众号信息118篇，编辑印发《2022年拱墅统计年鉴》。"),
    ("text", "（二）依申请公开。2022年共收到政府信息公开申请7件，其中予以公开4件，部分公开1件，不予公开1件，本机关不掌握相关政府信息1件，均在法定期限内答复。"),
    ("text", "（三）政府信息管理。坚持先审查、后公开原则，严格履行保密审查职责，及时清理过时信息，保障公开信息的有效性。"),
    ("text", "（四）政府信息公开平台建设。以拱墅区政府信息公开网站为主要渠道，依托“拱墅统计”微信公众号，及时做好政务信息发布和更新工作。"),
    ("text", "（五）监督保障。将政府信息公开工作纳入平时考核，全年收到行政复议1件，结果维持，未发生行政诉讼。"),
    ("heading", "二、主动公开政府信息情况"),
    ("table", 0),
    ("heading", "三、收到和处理政府信息公开申请情况"),
    ("table", 1),
    ("heading", "四、政府信息公开行政复议、行政诉讼情况"),
    ("table", 2),
    ("heading", "五、存在的主要问题及改进情况"),
    ("text", "2022年本部门政务公开工作有序开展，但政策解读形式还不够丰富，信息发布的及时性有待提高。下一步将加强栏目维护，提升信息发布质量。"),
    ("heading", "六、其他需要报告的事项"),
    ("text", "本年度区统计局未收取政府信息公开相关费用。"),
]


def corpus_report():
    values = dict(REPORT_2022)
    for row, (natural, business) in T3_2022.items():
        cells = [natural, business, 0, 0, 0, 0, natural + business]
        values.update({f"t3.{row}.{column}": str(value) for column, value in zip(T3_COLUMNS, cells)})
    for (_, _, key) in t3_rows("v2021"):
        for column in T3_COLUMNS:
            values.setdefault(f"t3.{key}.{column}", "0")
    for group in T4_GROUPS:
        for measure, value in zip(T4_MEASURES, T4_2022.get(group, (0, 0, 0, 0, 0))):
            values[f"t4.{group}.{measure}"] = str(value)
    tables = tables_for(values, "v2021", "v2021")
    page = word_page(NARRATIVE_2022, tables, "杭州市拱墅区统计局2022年度政府信息公开工作年度报告", "005",
                     charset="utf-8", split_numbers=True)
    write(HERE / "word-2022-gongshu-stats-utf8.html", page, "utf-8")
    if "--corpus" in sys.argv:
        # Named like the seeds: number, then the first 16 hex digits of the content's SHA-256.
        digest = hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
        for old in (ROOT / "Corpus").glob("005_*.html"):
            old.unlink()
        write(ROOT / "Corpus" / f"005_{digest}.html", page, "utf-8")


if __name__ == "__main__":
    fixtures()
    corpus_report()
