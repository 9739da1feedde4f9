#!/usr/bin/env python3
"""Builds the Word (.docx) fixtures of the parser tests from seed reports of the bundled corpus.

    python3 Tests/NianbaoParserTests/Fixtures/Docx/make_docx_fixtures.py

writes, beside this script:

    003_6c24181f357a8c1b.docx   from Corpus/003_6c24181f357a8c1b.txt (v2021 template)
    004_22ae0dcbb7cafc77.docx   from Corpus/004_22ae0dcbb7cafc77.txt (v2019 template)
    005_f3d1c2b7a9e04d61.docx   a report of its own on 003's layout: an example agency (杭州市拱墅区示例局), 2022,
                                a short narrative of its own and numbers that add up (新收 + 结转 = 总计 + 结转下年度,
                                row totals, 表四 block totals). It is synthetic; it loads with no diagnostics and no
                                findings and is ready for Corpus/, whose shell and end-to-end tests count five reports.

Only the Python standard library is used (zipfile, no python-docx), so the WordprocessingML is written by hand
and is exactly what the tests expect. The seed texts are Word exports with one table cell per line behind a tab,
a blank line between rows, and a cell's second paragraph on a line without a tab (`商业` / `企业`). The script
rebuilds the tables as the official template lays them out:

- 表二 has 4 grid columns: `第二十条第（X）项` spans all of them, and a row with fewer cells lets its last
  cell span the rest (`本年处理决定数量` over three columns).
- 表三 has 10: three label columns and seven value columns. The header's first cell spans 3 columns and 3 rows,
  `申请人情况` spans 7, `法人或其他组织` 5; `自然人` and `总计` span two rows. Group labels (`三、本年度办理结果`,
  `（三）不予公开`…) are vertically merged over their rows; a row's last label spans the label columns it
  leaves (`一、本年新收…` spans 3, `（一）予以公开` 2).
- 表四 has 15: `行政复议` spans 5, `行政诉讼` 10, `未经复议直接起诉` and `复议后起诉` 5 each; the five
  labels under 行政复议 span two rows.

An empty cell of the seed text is always the continuation of a vertical merge (`<w:vMerge/>`), with the span of
the cell it continues; that cell gets `<w:vMerge w:val="restart"/>`.

To read like a real Word file, paragraphs are split into several runs with East Asian fonts, spelling marks
(`w:proofErr`) and bookmarks stand between runs, the `[bookmark: _GoBack]` the export left becomes a real bookmark,
and the parts Word writes beside `document.xml` are present (styles, settings, properties). A few things the
reader must not show are planted, each beside text it must show:

- 003: the penalty count 3 is a tracked change (`w:del` of 5, `w:ins` of 3); a narrative sentence carries a
  HYPERLINK field whose instruction (`w:instrText`) is not text; the first paragraph has a hidden run (w:vanish).
- 004: the two-line title is one paragraph with a manual line break (`w:br`); a table label carries a
  `w:tcPrChange` recording an older gridSpan that must not count.

The output is reproducible (fixed timestamps and run splits; the deflated bytes depend only on zlib). Check that
LibreOffice opens the files, e.g. `soffice --headless --convert-to txt:Text --outdir /tmp FILE.docx`.
"""

import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "Corpus")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_DATE = (2024, 3, 1, 9, 30, 0)

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TABLE_FONT = "宋体"


# ---------------------------------------------------------------------------------------------------------------
# Reading the seed text into paragraphs and tables

class Cell:
    def __init__(self, text):
        self.paragraphs = [text]
        self.span = 1
        self.continuation = False
        self.restart = False
        self.property_change = None  # an older gridSpan recorded in w:tcPrChange

    @property
    def text(self):
        return "".join(self.paragraphs)


def read_seed(path):
    """The seed's blocks: ("p", text) and ("table", rows of cells), in order."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    blocks = []
    table = None
    row = []
    blank_run = 0
    previous_was_cell = False
    for line in lines:
        if line.startswith("\t"):
            if table is None:
                table = []
                blocks.append(("table", table))
            row.append(Cell(line[1:]))
            blank_run = 0
            previous_was_cell = True
        elif line.strip() == "":
            if table is not None:
                if row:
                    table.append(row)
                    row = []
                blank_run += 1
            else:
                blocks.append(("p", ""))
            previous_was_cell = False
        elif table is not None and previous_was_cell:
            # A cell's second paragraph (`商业` / `企业`).
            row[-1].paragraphs.append(line)
        else:
            if table is not None:
                if row:
                    table.append(row)
                    row = []
                # The first blank after the last row separates rows; the others are empty paragraphs.
                blocks.extend([("p", "")] * max(0, blank_run - 1))
                table = None
            blocks.append(("p", line))
            blank_run = 0
            previous_was_cell = False
    if table is not None and row:
        table.append(row)
    return blocks


# ---------------------------------------------------------------------------------------------------------------
# Laying the tables out on the template's grid

HEADER_SPANS = {
    "申请人情况": 7, "法人或其他组织": 5,
    "行政复议": 5, "行政诉讼": 10, "未经复议直接起诉": 5, "复议后起诉": 5,
}


def is_value(text):
    return re.fullmatch(r"[-+]?[0-9.,]+(元|万元)?|/|—|-|", text.strip()) is not None


def table_kind(heading):
    if "主动公开" in heading:
        return "t2", 4
    if "收到和处理" in heading:
        return "t3", 10
    if "行政复议" in heading:
        return "t4", 15
    raise ValueError("no table heading before a table: " + heading)


def lay_out(kind, width, rows):
    """Sets each cell's span, and marks vertical merges: continuations, and the cells they continue."""
    previous = {}  # start column -> cell of the row above
    for row in rows:
        starts = {}
        fixed = 0
        for cell in row:
            if cell.text == "":
                cell.continuation = True
            elif cell.text in HEADER_SPANS:
                cell.span = HEADER_SPANS[cell.text]
            elif cell.text.startswith("（本列数据"):
                cell.span = 3
        # Continuations take the span of the cell above them, found column by column.
        column = 0
        for cell in row:
            if cell.continuation:
                above = previous.get(column)
                if above is None:
                    raise ValueError("an empty cell with nothing above it at column %d in %s" % (column, kind))
                cell.span = above.span
                above.restart = above.restart or not above.continuation
            column += cell.span
        deficit = width - column
        if deficit < 0:
            raise ValueError("row wider than the grid: " + " | ".join(c.text for c in row))
        if deficit:
            if kind == "t2":
                target = row[-1]
            else:
                labels = [c for c in row if not c.continuation and not is_value(c.text)]
                target = labels[-1]
            target.span += deficit
        column = 0
        for cell in row:
            starts[column] = cell
            column += cell.span
        previous = starts


GRID_WIDTHS = {"t2": [2800, 2100, 2100, 2100], "t3": [700, 900, 2200] + [800] * 7, "t4": [560] * 15}


# ---------------------------------------------------------------------------------------------------------------
# WordprocessingML

def run(text, font=BODY_FONT, size=32, bold=False, extra=""):
    properties = '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>' % (font, font, font)
    if bold:
        properties += "<w:b/><w:bCs/>"
    properties += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>%s' % (size, size, extra)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return '<w:r><w:rPr>%s</w:rPr><w:t%s>%s</w:t></w:r>' % (properties, space, escape(text))


def split_runs(text, pieces):
    """Cuts text into up to `pieces` runs at fixed places, as Word does after edits."""
    if len(text) < 8 or pieces < 2:
        return [text]
    cuts = sorted({len(text) * k // pieces for k in range(1, pieces)})
    parts, start = [], 0
    for cut in cuts:
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return [p for p in parts if p]


class Writer:
    def __init__(self):
        self.out = []
        self.paragraph_index = 0
        self.bookmark_id = 0
        self.plants = {}  # text -> function returning the runs for it

    def paragraph(self, text, style=None, font=BODY_FONT, size=32, bold=False, center=False, indent=True):
        self.paragraph_index += 1
        properties = ""
        if style:
            properties += '<w:pStyle w:val="%s"/>' % style
        properties += '<w:spacing w:line="560" w:lineRule="exact"/>'
        if indent and not center:
            properties += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
        if center:
            properties += '<w:jc w:val="center"/>'
        properties += '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>' % (font, font, size)
        body = ""
        if text.startswith("[bookmark: _GoBack]"):
            text = text[len("[bookmark: _GoBack]"):]
            body += '<w:bookmarkStart w:id="%d" w:name="_GoBack"/><w:bookmarkEnd w:id="%d"/>' % (self.bookmark_id, self.bookmark_id)
            self.bookmark_id += 1
        body += self.runs(text, font, size, bold)
        self.out.append('<w:p w:rsidR="00A1%04d" w:rsidRDefault="00A1%04d"><w:pPr>%s</w:pPr>%s</w:p>'
                        % (self.paragraph_index, self.paragraph_index, properties, body))

    def runs(self, text, font, size, bold):
        if not text:
            return ""
        for planted, make in self.plants.items():
            if planted in text:
                before, after = text.split(planted, 1)
                return (self.runs(before, font, size, bold) + make(font, size, bold)
                        + self.runs(after, font, size, bold))
        parts = split_runs(text, 3 if len(text) > 40 else 2)
        xml = ""
        for index, part in enumerate(parts):
            if index == 1 and len(parts) > 2:
                xml += '<w:proofErr w:type="spellStart"/>' + run(part, font, size, bold) + '<w:proofErr w:type="spellEnd"/>'
            else:
                xml += run(part, font, size, bold)
        return xml

    def table(self, kind, rows):
        width = len(GRID_WIDTHS[kind])
        lay_out(kind, width, rows)
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in GRID_WIDTHS[kind])
        borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % side
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        xml = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>%s</w:tblBorders>'
               '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"'
               ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (borders, grid))
        for row in rows:
            xml += '<w:tr><w:trPr><w:trHeight w:val="420"/><w:jc w:val="center"/></w:trPr>'
            column = 0
            for cell in row:
                cell_width = sum(GRID_WIDTHS[kind][column:column + cell.span])
                properties = '<w:tcW w:w="%d" w:type="dxa"/>' % cell_width
                if cell.span > 1:
                    properties += '<w:gridSpan w:val="%d"/>' % cell.span
                if cell.continuation:
                    properties += "<w:vMerge/>"
                elif cell.restart:
                    properties += '<w:vMerge w:val="restart"/>'
                properties += '<w:vAlign w:val="center"/>'
                if cell.property_change:
                    properties += ('<w:tcPrChange w:id="%d" w:author="审核" w:date="2021-01-20T10:00:00Z"><w:tcPr>'
                                   '<w:tcW w:w="%d" w:type="dxa"/><w:gridSpan w:val="%d"/></w:tcPr></w:tcPrChange>'
                                   % (900 + column, cell_width, cell.property_change))
                paragraphs = cell.paragraphs if not cell.continuation else [""]
                body = ""
                for text in paragraphs:
                    runs = self.runs(text, TABLE_FONT, 21, False) if text else ""
                    body += ('<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s"/>'
                             '<w:sz w:val="21"/></w:rPr></w:pPr>%s</w:p>' % (TABLE_FONT, TABLE_FONT, runs))
                xml += "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (properties, body)
                column += cell.span
            xml += "</w:tr>"
        self.out.append(xml + "</w:tbl>")


def heading_level(text):
    return re.match(r"^[一二三四五六七八九十]+、", text) is not None


def document_xml(blocks, variant):
    writer = Writer()
    if variant == "003":
        def tracked_penalty(font, size, bold):
            return ('<w:del w:id="101" w:author="统计局" w:date="2024-01-15T09:00:00Z"><w:r><w:rPr><w:sz w:val="21"/>'
                    '</w:rPr><w:delText>5</w:delText></w:r></w:del><w:ins w:id="102" w:author="统计局"'
                    ' w:date="2024-01-15T09:00:00Z">' + run("3", font, size, bold) + "</w:ins>")

        def hyperlink(font, size, bold):
            return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                    ' HYPERLINK "http://www.gongshu.gov.cn/col/col1229290818/index.html" </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("拱墅区政府信息公开网站", font, size, bold)
                    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        writer.plants = {"拱墅区政府信息公开网站": hyperlink}
    blocks = list(blocks)
    heading = ""
    title_done = False
    for index, (kind, value) in enumerate(blocks):
        if kind == "table":
            table_id = table_kind(heading)[0]
            rows = value
            if variant == "003" and table_id == "t2":
                for row in rows:
                    if row[0].text == "行政处罚":
                        row[1].paragraphs = ["\x00penalty"]
                saved = writer.plants
                writer.plants = dict(saved, **{"\x00penalty": tracked_penalty})
                writer.table(table_id, rows)
                writer.plants = saved
                continue
            if variant == "004" and table_id == "t3":
                for row in rows:
                    if row[0].text.startswith("四、结转"):
                        row[0].property_change = 1
            writer.table(table_id, rows)
            continue
        text = value
        if not title_done and text:
            if variant == "004":
                # The title and the agency under it: one paragraph, a manual line break between.
                second = blocks[index + 1][1]
                writer.paragraph_index += 1
                writer.out.append(
                    '<w:p><w:pPr><w:spacing w:line="700" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>%s'
                    '<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s"/><w:sz w:val="44"/></w:rPr><w:br/></w:r>%s</w:p>'
                    % (writer.runs(text, TITLE_FONT, 44, False), TITLE_FONT, TITLE_FONT,
                       writer.runs(second, TITLE_FONT, 44, False)))
                blocks[index + 1] = ("skip", "")
            else:
                writer.paragraph(text, font=TITLE_FONT, size=44, center=True)
            title_done = True
            continue
        if kind == "skip":
            continue
        if heading_level(text) or re.match(r"^\d、", text):
            heading = text
            writer.paragraph(text, style="2", font=HEADING_FONT, indent=True)
        elif variant == "003" and text.startswith("[bookmark: _GoBack]2023年"):
            # A hidden run Word does not show, inside a paragraph it does.
            writer.paragraph(text)
            hidden = run("（内部备注：待核）", BODY_FONT, 32, False, extra="<w:vanish/>")
            writer.out[-1] = writer.out[-1].replace("</w:p>", hidden + "</w:p>")
        else:
            writer.paragraph(text)
    section = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984"'
               ' w:left="1588" w:header="851" w:footer="1361" w:gutter="0"/><w:cols w:space="425"/>'
               '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"'
            ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:r="%s" xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
            ' mc:Ignorable="w14"><w:body>%s%s</w:body></w:document>' % (R_NS, W_NS, "".join(writer.out), section))


# ---------------------------------------------------------------------------------------------------------------
# The package around document.xml

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="%s"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>""" % (W_NS, BODY_FONT, HEADING_FONT)

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>""" % W_NS

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>nianbao fixtures</dc:creator><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T09:30:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><TotalTime>12</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>"""


def write_docx(path, document, title):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("docProps/core.xml", CORE % escape(title)),
        ("docProps/app.xml", APP),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"), compresslevel=9)


# ---------------------------------------------------------------------------------------------------------------
# A report of its own: 003's layout, another (example) agency and year, numbers that add up

SYNTHETIC_NAME = "005_f3d1c2b7a9e04d61"
SYNTHETIC_TITLE = "杭州市拱墅区示例局2022年度政府信息公开工作年度报告"
SYNTHETIC_NARRATIVE = {
    "1、 总体情况": [
        "（一）主动公开",
        "2022年，我局依托拱墅区政府信息公开网站发布各类信息58条，其中政策文件6条，行政执法公开22条，规划计划4条。",
        "（二）依申请公开",
        "2022年共收到政府信息公开申请6件，上年结转1件；予以公开3件，部分公开1件，不予公开1件，无法提供1件，结转下年度1件。",
        "（三）政府信息管理",
        "严格执行公开前保密审查，全年清理过时信息12条。",
        "（四）政府信息公开平台建设",
        "完成门户网站栏目调整，新增政策解读专栏。",
        "（五）监督保障",
        "将政府信息公开工作纳入年度考核，全年未发生责任追究情况。",
    ],
    "五、存在的主要问题及改进情况": [
        "政策解读形式较为单一。2023年我局将丰富图文、视频解读，提升公开质量。",
    ],
    "六、其他需要报告的事项": [
        "本年度我局未收取政府信息公开相关费用。",
    ],
}
# Label → values, in the seed's row order; 表三: 新收 + 结转 = 总计 + 结转下年度 in every column, and each
# row's 总计 is the sum of its six columns; 表四: each block's 总计 is the sum of its four results.
SYNTHETIC_VALUES = {
    "规章": ["0", "0", "0"], "行政规范性文件": ["2", "1", "5"], "行政许可": ["15"], "行政处罚": ["7"],
    "行政强制": ["1"], "行政事业性收费": ["0"],
    "一、本年新收政府信息公开申请数量": ["5", "1", "0", "0", "0", "0", "6"],
    "二、上年结转政府信息公开申请数量": ["1", "0", "0", "0", "0", "0", "1"],
    "（一）予以公开": ["2", "1", "0", "0", "0", "0", "3"],
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": ["1", "0", "0", "0", "0", "0", "1"],
    "4.保护第三方合法权益": ["1", "0", "0", "0", "0", "0", "1"],
    "1.本机关不掌握相关政府信息": ["1", "0", "0", "0", "0", "0", "1"],
    "（七）总计": ["5", "1", "0", "0", "0", "0", "6"],
    "四、结转下年度继续办理": ["1", "0", "0", "0", "0", "0", "1"],
    "表四": ["1", "0", "0", "0", "1", "0", "0", "0", "1", "1", "0", "0", "0", "0", "0"],
}


def synthetic_blocks():
    """003 made another report: the example agency's 2022 report, its own narrative and numbers."""
    blocks = read_seed(os.path.join(CORPUS, "003_6c24181f357a8c1b.txt"))
    result = [("p", SYNTHETIC_TITLE), ("p", "")]
    index = next(i for i, (kind, text) in enumerate(blocks) if text == "1、 总体情况")
    skipping = False
    for kind, value in blocks[index:]:
        if kind == "table":
            for row in value:
                labels = [c.text for c in row if not is_value(c.text)]
                values = SYNTHETIC_VALUES.get(labels[-1]) if labels else SYNTHETIC_VALUES["表四"]
                value_cells = [c for c in row if c.text != "" and is_value(c.text)]
                for cell, number in zip(value_cells, values or ["0"] * len(value_cells)):
                    cell.paragraphs = [number]
            result.append((kind, value))
            skipping = False
        elif value in SYNTHETIC_NARRATIVE:
            result.append(("p", value))
            result.extend(("p", text) for text in SYNTHETIC_NARRATIVE[value])
            skipping = True
        elif heading_level(value):
            result.append(("p", value))
            skipping = False
        elif not skipping:
            result.append((kind, value))
    return result


def main():
    made = []
    for seed, variant in (("003_6c24181f357a8c1b", "003"), ("004_22ae0dcbb7cafc77", "004")):
        blocks = read_seed(os.path.join(CORPUS, seed + ".txt"))
        title = next(text for kind, text in blocks if kind == "p" and text)
        target = os.path.join(HERE, seed + ".docx")
        write_docx(target, document_xml(blocks, variant), title)
        made.append(target)
    target = os.path.join(HERE, SYNTHETIC_NAME + ".docx")
    write_docx(target, document_xml(synthetic_blocks(), "synthetic"), SYNTHETIC_TITLE)
    made.append(target)
    for path in made:
        print("wrote", os.path.relpath(path, ROOT), os.path.getsize(path), "bytes")


if __name__ == "__main__":
    sys.exit(main())
