#!/usr/bin/env python3
"""Prepares the fuzzer's working folder: a seed corpus per target, copied from the test fixtures and the
bundled corpus (plus re-encoded and uncompressed variants that reach deeper), and a dictionary per target.

    Fuzz/prepare.py WORK_FOLDER

Seeds already in WORK_FOLDER/corpus/TARGET (inputs the fuzzer found earlier) are kept.
"""
import hashlib
import io
import pathlib
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/NianbaoParserTests/Fixtures"
TEXT_SEEDS = sorted(ROOT.glob("Corpus/*.txt")) + sorted(
    p for p in (FIXTURES / "Layouts").iterdir() if p.suffix in (".txt", ".md")) + sorted(
    ROOT.glob("Tests/NianbaoShellTests/Transcripts/Reports/*.txt"))
HTML_SEEDS = sorted((FIXTURES / "HTML").glob("*.html"))
DOCX_SEEDS = sorted((FIXTURES / "Docx").glob("*.docx"))

# Words the readers act on: the template's labels and headings, markup, ZIP and WordprocessingML names.
LABELS = """表二 表三 表四 主动公开政府信息情况 收到和处理政府信息公开申请情况 政府信息公开行政复议、行政诉讼情况
政府信息公开工作年度报告 年度 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 行政规范性文件
规范性文件 行政许可 行政处罚 行政强制 行政事业性收费 本年处理决定数量 本年收费金额（单位：万元） 本年新制作数量
本年新公开数量 对外公开总数量 上一年项目数量 本年增/减 处理决定数量 其他对外管理服务事项 政府集中采购 采购项目数量
采购总金额 申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量 三、本年度办理结果 （一）予以公开
（二）部分公开 （三）不予公开 1.属于国家秘密 （四）无法提供 （五）不予处理 （六）其他处理 （七）总计
四、结转下年度继续办理 行政复议 行政诉讼 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结
统计期限 年1月1日 12月31日 / 无 — 不适用 详见附表 （其中 元 ２３ 杭州市 区 街道办事处 镇 局""".split()
HTML_WORDS = ["<html>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<p>", "<br>", "<span>",
              "</span>", "<title>", "</title>", "<meta charset=gb2312>", "<meta charset=utf-8>",
              "<meta http-equiv=Content-Type content=\"text/html; charset=gbk\">", "<?xml encoding=\"big5\"?>",
              "colspan=", "rowspan=", "&nbsp;", "&amp;", "&#12345;", "&#x4e00;", "<!--", "-->", "<script>",
              "</script>", "<style>", "<![CDATA[", "<!DOCTYPE html>", "<o:p>", "style=\"display:none\""]
DOCX_WORDS = ["PK\x03\x04", "PK\x01\x02", "PK\x05\x06", "PK\x06\x06", "PK\x06\x07", "word/document.xml",
              "<w:body>", "<w:p>", "</w:p>", "<w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
              "<w:tc>", "</w:tc>", "<w:tcPr>", "<w:gridSpan w:val=\"3\"/>", "<w:vMerge/>",
              "<w:vMerge w:val=\"restart\"/>", "<w:gridBefore w:val=\"2\"/>", "<w:tab/>", "<w:br/>", "<w:del>",
              "<w:delText>", "<w:instrText>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:vanish/>",
              "<mc:Fallback>", "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""]
ENCODING_WORDS = ["\xef\xbb\xbf", "\xff\xfe", "\xfe\xff", "charset=", "gb2312", "gbk", "gb18030", "big5", "utf-8",
                  "<meta", "encoding=", "\x81\x30\x81\x30", "\xa1\xa1", "\xb1\xed"]


def escaped(token):
    """A libFuzzer dictionary entry: printable ASCII as is, every other byte as \\xNN."""
    data = token if isinstance(token, bytes) else token.encode("utf-8") if any(ord(c) > 255 for c in token) else token.encode("latin-1")
    return '"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02X" % b for b in data) + '"'


def label_bytes(encodings):
    return [label.encode(encoding) for label in LABELS for encoding in encodings]


def uncompressed(docx):
    """The same Word file with every entry stored, so mutations reach the XML instead of the deflate stream."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as target:
        for item in source.infolist():
            target.writestr(zipfile.ZipInfo(item.filename, date_time=item.date_time), source.read(item.filename))
    return output.getvalue()


def main():
    work = pathlib.Path(sys.argv[1])
    text = [p.read_bytes() for p in TEXT_SEEDS]
    html = [p.read_bytes() for p in HTML_SEEDS]
    docx = [p.read_bytes() for p in DOCX_SEEDS]
    decoded = [t.decode("utf-8", "ignore") for t in text]
    variants = [t.encode("gb18030", "ignore") for t in decoded] + [t.encode("utf-16") for t in decoded[:3]]
    seeds = {
        "text": text,
        "html": html,
        "docx": docx + [uncompressed(d) for d in docx],
        "word-xml": [zipfile.ZipFile(io.BytesIO(d)).read("word/document.xml") for d in docx],
        "encoding": [t[:4096] for t in text + variants + html],
        "file": text + variants + html + docx,
    }
    dictionaries = {
        "text": label_bytes(["utf-8"]),
        "html": HTML_WORDS + label_bytes(["utf-8", "gb18030"]),
        "docx": DOCX_WORDS + label_bytes(["utf-8"]),
        "word-xml": DOCX_WORDS[5:] + label_bytes(["utf-8"]),
        "encoding": ENCODING_WORDS + label_bytes(["utf-8", "gb18030", "utf-16-le"])[:150],
        "file": HTML_WORDS + DOCX_WORDS + ENCODING_WORDS + label_bytes(["utf-8", "gb18030"]),
    }
    for target, inputs in seeds.items():
        # Inputs that once broke a target stay among its seeds.
        inputs = inputs + [p.read_bytes() for p in sorted((FIXTURES / "Fuzz").glob(f"{target}-*.bin"))]
        folder = work / "corpus" / target
        folder.mkdir(parents=True, exist_ok=True)
        for data in inputs:
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        (work / f"{target}.dict").write_text("\n".join(escaped(t) for t in dictionaries[target]) + "\n")
        print(f"{target}: {len(list(folder.iterdir()))} seeds")


if __name__ == "__main__":
    main()
