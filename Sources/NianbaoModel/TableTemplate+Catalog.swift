// The national templates as data: keys from FIELDS.md, labels as the templates print them.

private let documentMeasures2021 = [
    ColumnTemplate("issued", "本年制发件数"),
    ColumnTemplate("repealed", "本年废止件数"),
    ColumnTemplate("in_force", "现行有效件数"),
]

private let documentMeasures2019 = [
    ColumnTemplate("made", "本年新制作数量", aliases: ["本年新制作"]),
    ColumnTemplate("published", "本年新公开数量", aliases: ["本年新公开"]),
    ColumnTemplate("public_total", "对外公开总数量"),
]

private let decisions2021 = [ColumnTemplate("decisions", "本年处理决定数量", aliases: ["处理决定数量"])]

private let itemMeasures2019 = [
    ColumnTemplate("prior_items", "上一年项目数量"),
    ColumnTemplate("change", "本年增/减", aliases: ["本年增减", "本年增/减少"], measure: .signedCount),
    ColumnTemplate("decisions", "处理决定数量", aliases: ["本年处理决定数量"]),
]

private let applicantColumns = [
    ColumnTemplate("natural", "自然人"),
    ColumnTemplate("business", "商业企业"),
    ColumnTemplate("research", "科研机构"),
    ColumnTemplate("nonprofit", "社会公益组织"),
    ColumnTemplate("legal", "法律服务机构"),
    ColumnTemplate("org_other", "其他"),
    ColumnTemplate("total", "总计"),
]

private let resultColumns = [
    ColumnTemplate("upheld", "结果维持"),
    ColumnTemplate("corrected", "结果纠正"),
    ColumnTemplate("other", "其他结果"),
    ColumnTemplate("pending", "尚未审结"),
    ColumnTemplate("total", "总计"),
]

private let results = "三、本年度办理结果"
private let denied = "（三）不予公开"
private let unavailable = "（四）无法提供"
private let ignored = "（五）不予处理"
private let otherHandling = "（六）其他处理"

private func applications(_ key: String, _ label: String, aliases: [String] = [], parents: [String] = []) -> RowTemplate {
    RowTemplate(key, label, aliases: aliases, parents: parents, columns: applicantColumns)
}

private let table3Head = [
    applications("new", "一、本年新收政府信息公开申请数量", aliases: ["本年新收"]),
    applications("carried_in", "二、上年结转政府信息公开申请数量", aliases: ["上年结转"]),
    applications("granted", "（一）予以公开", parents: [results]),
    applications("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", parents: [results]),
    applications("denied_secret", "1.属于国家秘密", parents: [results, denied]),
    applications("denied_law", "2.其他法律行政法规禁止公开", parents: [results, denied]),
    applications("denied_safety", "3.危及“三安全一稳定”", parents: [results, denied]),
    applications("denied_third_party", "4.保护第三方合法权益", parents: [results, denied]),
    applications("denied_internal", "5.属于三类内部事务信息", parents: [results, denied]),
    applications("denied_process", "6.属于四类过程性信息", parents: [results, denied]),
    applications("denied_enforcement", "7.属于行政执法案卷", parents: [results, denied]),
    applications("denied_query", "8.属于行政查询事项", parents: [results, denied]),
    applications("unavailable_not_held", "1.本机关不掌握相关政府信息", parents: [results, unavailable]),
    applications("unavailable_create", "2.没有现成信息需要另行制作", parents: [results, unavailable]),
    applications("unavailable_unclear", "3.补正后申请内容仍不明确", parents: [results, unavailable]),
    applications("ignored_petition", "1.信访举报投诉类申请", parents: [results, ignored]),
    applications("ignored_repeat", "2.重复申请", parents: [results, ignored]),
    applications("ignored_publication", "3.要求提供公开出版物", parents: [results, ignored]),
    applications("ignored_excessive", "4.无正当理由大量反复申请", parents: [results, ignored]),
    applications("ignored_confirm", "5.要求行政机关确认或重新出具已获取信息", parents: [results, ignored]),
]

private let table3Tail = [
    applications("total", "（七）总计", parents: [results]),
    applications("carried_forward", "四、结转下年度继续办理", aliases: ["结转下年度"]),
]

extension TableTemplate {
    static let table2v2021 = TableTemplate(.t2, .v2021, rows: [
        RowTemplate("regulations", "规章", columns: documentMeasures2021),
        RowTemplate("normative", "行政规范性文件", aliases: ["规范性文件"], columns: documentMeasures2021),
        RowTemplate("licensing", "行政许可", columns: decisions2021),
        RowTemplate("penalty", "行政处罚", columns: decisions2021),
        RowTemplate("coercion", "行政强制", columns: decisions2021),
        RowTemplate("fees", "行政事业性收费", columns: [
            ColumnTemplate("amount", "本年收费金额（单位：万元）", aliases: ["本年收费金额"], measure: .money),
        ]),
    ])

    static let table2v2019 = TableTemplate(.t2, .v2019, rows: [
        RowTemplate("regulations", "规章", columns: documentMeasures2019),
        RowTemplate("normative", "规范性文件", aliases: ["行政规范性文件"], columns: documentMeasures2019),
        RowTemplate("licensing", "行政许可", columns: itemMeasures2019),
        RowTemplate("other_services", "其他对外管理服务事项", columns: itemMeasures2019),
        RowTemplate("penalty", "行政处罚", columns: itemMeasures2019),
        RowTemplate("coercion", "行政强制", columns: itemMeasures2019),
        RowTemplate("fees", "行政事业性收费", columns: Array(itemMeasures2019.prefix(2)), primaryColumn: "prior_items"),
        RowTemplate("procurement", "政府集中采购", columns: [
            ColumnTemplate("projects", "采购项目数量"),
            ColumnTemplate("amount", "采购总金额", measure: .money),
        ], primaryColumn: "projects"),
    ])

    static let table3v2021 = TableTemplate(.t3, .v2021, rows: table3Head + [
        applications("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", parents: [results, otherHandling]),
        applications("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", parents: [results, otherHandling]),
        applications("other_misc", "3.其他", parents: [results, otherHandling]),
    ] + table3Tail)

    static let table3v2019 = TableTemplate(.t3, .v2019, rows: table3Head + [
        applications("other", otherHandling, parents: [results]),
    ] + table3Tail)

    static let table4 = TableTemplate(.t4, .v2021, rows: [
        RowTemplate("review", "行政复议", columns: resultColumns),
        RowTemplate("suit_direct", "未经复议直接起诉", parents: ["行政诉讼"], columns: resultColumns),
        RowTemplate("suit_after_review", "复议后起诉", parents: ["行政诉讼"], columns: resultColumns),
    ])
}
