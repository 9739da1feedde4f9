#!/usr/bin/env python3
"""Writes one small report in every text layout the parser reads, from the values below.

The values are the expected reading of every fixture (LayoutTests compares each cell with them); they
satisfy every arithmetic rule, and several have more than one digit so that digits run together are
a real test. Run from this folder: python3 make_layouts.py
"""

AGENCY, YEAR = "杭州市拱墅区样例局", 2022

T2 = [  # (label, values) in template order (v2021)
    ("规章", [0, 0, 0]),
    ("行政规范性文件", [1, 0, 5]),
    ("行政许可", [0]),
    ("行政处罚", [12]),
    ("行政强制", [0]),
    ("行政事业性收费", [0]),
]
T2_HEADERS = {0: ["本年制发件数", "本年废止件数", "现行有效件数"], 2: ["本年处理决定数量"], 3: ["本年处理决定数量"], 5: ["本年收费金额（单位：万元）"]}
T2_SECTIONS = {0: "第二十条第（一）项", 2: "第二十条第（五）项", 3: "第二十条第（六）项", 5: "第二十条第（八）项"}

ZERO = [0] * 7
T3 = [  # (parents, label, values)
    ([], "一、本年新收政府信息公开申请数量", [80, 1, 0, 0, 0, 0, 81]),
    ([], "二、上年结转政府信息公开申请数量", [3, 0, 0, 0, 0, 0, 3]),
    (["三、本年度办理结果"], "（一）予以公开", [40, 1, 0, 0, 0, 0, 41]),
    (["三、本年度办理结果"], "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [5, 0, 0, 0, 0, 0, 5]),
] + [(["三、本年度办理结果", "（三）不予公开"], label, ZERO) for label in [
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]] + [
    (["三、本年度办理结果", "（四）无法提供"], "1.本机关不掌握相关政府信息", [20, 0, 0, 0, 0, 0, 20]),
    (["三、本年度办理结果", "（四）无法提供"], "2.没有现成信息需要另行制作", ZERO),
    (["三、本年度办理结果", "（四）无法提供"], "3.补正后申请内容仍不明确", ZERO),
    (["三、本年度办理结果", "（五）不予处理"], "1.信访举报投诉类申请", ZERO),
    (["三、本年度办理结果", "（五）不予处理"], "2.重复申请", [10, 0, 0, 0, 0, 0, 10]),
    (["三、本年度办理结果", "（五）不予处理"], "3.要求提供公开出版物", ZERO),
    (["三、本年度办理结果", "（五）不予处理"], "4.无正当理由大量反复申请", ZERO),
    (["三、本年度办理结果", "（五）不予处理"], "5.要求行政机关确认或重新出具已获取信息", ZERO),
    (["三、本年度办理结果", "（六）其他处理"], "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ZERO),
    (["三、本年度办理结果", "（六）其他处理"], "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ZERO),
    (["三、本年度办理结果", "（六）其他处理"], "3.其他", [2, 0, 0, 0, 0, 0, 2]),
    (["三、本年度办理结果"], "（七）总计", [77, 1, 0, 0, 0, 0, 78]),
    ([], "四、结转下年度继续办理", [6, 0, 0, 0, 0, 0, 6]),
]
T3_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T4 = [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]
T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

HEAD = f"""{AGENCY}{YEAR}年度政府信息公开工作年度报告

一、总体情况
本报告所列数据的统计期限自{YEAR}年1月1日起至{YEAR}年12月31日止。
"""
TAIL = """
五、存在的主要问题及改进情况
无。
六、其他需要报告的事项
无。
"""


def report(table2, table3, table4):
    return HEAD + "二、主动公开政府信息情况\n" + table2 + "\n三、收到和处理政府信息公开申请情况\n" + table3 \
        + "\n四、政府信息公开行政复议、行政诉讼情况\n" + table4 + TAIL


def rows(sep, join_digits=False, lead="", trail="", t4_flat=True):
    """Rows with cells separated by `sep`; with join_digits the values lose their separators."""
    def values(numbers):
        return ["".join(str(n) for n in numbers)] if join_digits else [str(n) for n in numbers]

    def line(cells):
        return lead + sep.join(cells) + trail

    t2 = []
    for index, (label, numbers) in enumerate(T2):
        if index in T2_SECTIONS:
            t2.append(line([T2_SECTIONS[index]]))
            t2.append(line(["信息内容"] + T2_HEADERS[index]))
        t2.append(line([label] + values(numbers)) if not join_digits else lead + label + values(numbers)[0] + trail)
    t3 = [line(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]),
          line(["自然人", "法人或其他组织", "总计"]), line(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
    for parents, label, numbers in T3:
        t3.append(line([label] + values(numbers)) if not join_digits else lead + label + values(numbers)[0] + trail)
    t4 = [line(["行政复议", "行政诉讼"]), line(T4_RESULTS + ["未经复议直接起诉", "复议后起诉"]), line(T4_RESULTS + T4_RESULTS)]
    t4.append(line(values(T4)) if t4_flat else "")
    return "\n".join(t2) + "\n", "\n".join(t3) + "\n", "\n".join(t4) + "\n"


def write(name, text, encoding="utf-8"):
    with open(name, "w", encoding=encoding, newline="") as f:
        f.write(text)


# Markdown-like pipes, with a separator line after each header and a row missing its outer pipes.
t2, t3, t4 = rows(" | ", lead="| ", trail=" |")
t3 = t3.replace("| 自然人 | 法人或其他组织 | 总计 |\n", "| 自然人 | 法人或其他组织 | 总计 |\n|---|:---:|---:|\n")
t3 = t3.replace("| （七）总计 | ", "（七）总计 | ").replace(" | 6 |\n", " | 6\n")
write("pipes.md", report(t2, t3, t4))

# Cells separated by spaces, labels with spaces inside.
t2, t3, t4 = rows("  ")
t3 = t3.replace("一、本年新收政府信息公开申请数量", "一、本年新收 政府信息公开申请数量")
write("spaces.txt", report(t2, t3, t4))

# Every separator lost: each row's digits run together after its label.
t2, t3, t4 = rows("", join_digits=True)
write("run-together.txt", report(t2, t3, t4))

# Text from a PDF: a vertical merged label interleaved with rows, a label broken over two lines, header
# words split, a page number inside the table, 表四 as one line of 15 numbers.
t2, t3, t4 = rows(" ")
t3 = t3.replace("（一）予以公开", "三、本 （一）予以公开").replace("（二）部分公开", "年 度办 （二）部分公开")
t3 = t3.replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形） ", "（二）部分公开（区分处理的，只计这一情形，\n不计其他情形） ")
t3 = t3.replace("商业企业 科研机构", "商业 企业 科研 机构").replace("2.没有现成信息需要另行制作", "- 3 -\n2.没有现成信息需要另行制作")
write("pdf.txt", report(t2, t3, t4))

# Tables printed as an appendix, in another order, after a narrative whose headings repeat the tables' titles.
t2, t3, t4 = rows("\t")
narrative = HEAD + "二、主动公开政府信息情况\n本年度主动公开各类信息120条。\n三、收到和处理政府信息公开申请情况\n本年度受理依申请公开81件。\n" \
    + "四、政府信息公开行政复议、行政诉讼情况\n本年度发生行政复议2件。\n" + TAIL
write("appendix.txt", narrative + "\n附表1 政府信息公开行政复议、行政诉讼情况\n" + t4 + "\n附表2 主动公开政府信息情况\n" + t2
      + "\n附表3 收到和处理政府信息公开申请情况\n" + t3)

# The expected reading of every fixture, in the golden format (lines differ per layout: 0 here).
T2_KEYS = [("regulations", ["issued", "repealed", "in_force"]), ("normative", ["issued", "repealed", "in_force"]),
           ("licensing", ["decisions"]), ("penalty", ["decisions"]), ("coercion", ["decisions"]), ("fees", ["amount"])]
T3_ROWS = ["new", "carried_in", "granted", "partial", "denied_secret", "denied_law", "denied_safety", "denied_third_party",
           "denied_internal", "denied_process", "denied_enforcement", "denied_query", "unavailable_not_held",
           "unavailable_create", "unavailable_unclear", "ignored_petition", "ignored_repeat", "ignored_publication",
           "ignored_excessive", "ignored_confirm", "other_no_correction", "other_no_fee", "other_misc", "total", "carried_forward"]
T3_KEYS = ["natural", "business", "research", "nonprofit", "legal", "org_other", "total"]
golden = [f"year\t{YEAR}", f"agency\t{AGENCY}", "template.t2\tv2021", "template.t3\tv2021"]
for (item, measures), (_, numbers) in zip(T2_KEYS, T2):
    golden += [f"t2.{item}.{m}\tnumber\t{n}\t{n}\t0" for m, n in zip(measures, numbers)]
for row, (_, _, numbers) in zip(T3_ROWS, T3):
    golden += [f"t3.{row}.{c}\tnumber\t{n}\t{n}\t0" for c, n in zip(T3_KEYS, numbers)]
T4_KEYS = [f"t4.{g}.{m}" for g in ["review", "suit_direct", "suit_after_review"] for m in ["upheld", "corrected", "other", "pending", "total"]]
golden += [f"{k}\tnumber\t{n}\t{n}\t0" for k, n in zip(T4_KEYS, T4)]
write("expected.golden", "# written by make_layouts.py\n" + "\n".join(golden) + "\n")

# Label variants and a typo, tab-separated, GB18030 bytes.
t2, t3, t4 = rows("\t")
t2 = t2.replace("行政规范性文件", "规范性文件")
t3 = t3.replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开").replace("4.保护第三方合法权益", "4. 保护 第三方 合法权益")
write("variants-gb18030.txt", report(t2, t3, t4), encoding="gb18030")
