import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// The rules that read the narrative, on cases their examples cannot express: real reports, quotes and lines,
/// several findings from one sentence, the title.
@Suite struct TextRuleTests {
    static let newTotal = "t3.new.total", carriedIn = "t3.carried_in.total"

    func findings(_ id: String, in report: Report, options: ValidationOptions = ValidationOptions()) throws -> [Finding] {
        let rule = try #require(Validator.rule(id))
        return rule.check([report], options: options)
    }

    func report(_ text: String, _ cells: [String: String] = [:], year: Int = 2023) -> Report {
        ReportBuilder(year: year).setting(cells).narrating(text).report
    }

    func seed(_ position: Int) throws -> Report {
        try ReportParser.parse(fileAt: Repository.seedReports[position].path)
    }

    static func number(_ value: Int) -> Cell {
        Cell(kind: .number, number: DecimalNumber(value), raw: "\(value)", line: 400)
    }

    // MARK: The seeds

    @Test(arguments: Repository.seedReports.map(\.lastPathComponent))
    func seedGivesNoTextFinding(_ name: String) throws {
        let report = try ReportParser.parse(fileAt: Repository.corpus.appendingPathComponent(name).path)
        #expect(!report.narrative.isEmpty)
        let findings = Validator.rules.filter { $0.description.id.hasPrefix("text.") }
            .flatMap { $0.check([report], options: ValidationOptions()) }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func seedSentenceIsQuotedWithItsLine() throws {
        var report = try seed(0)
        report[FieldKey(Self.newTotal)!] = Self.number(5)
        let found = try findings("text.applications", in: report)
        #expect(found.map(\.message) == [
            "the text says ‘今年累计受理依申请公开政府信6件’ (6) but 表三 ‘一、本年新收政府信息公开申请数量 · 总计’ is 5",
        ])
        #expect(found.first?.line == 9)
        #expect(found.first?.cells.map(\.key.description) == [Self.newTotal])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.expected == "5" && found.first?.found == "6")
    }

    @Test func seedCountedInItems() throws {
        var report = try seed(3)
        report[FieldKey(Self.newTotal)!] = Self.number(3)
        let found = try findings("text.applications", in: report)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("‘畅通依申请公开受理渠道，专人负责答复工作，提高答复规范化水平") == false)
        #expect(found.first?.message.contains("‘2023年共收到网络依申请件2项，其中同意公开1项，本部门不存在相关信息1项’ (2)") == true)
        #expect(found.first?.line == 7)
    }

    @Test func seedSayingNoReviewOrSuit() throws {
        var report = try seed(3)
        report[FieldKey("t4.review.total")!] = Self.number(1)
        report[FieldKey("t4.suit_direct.total")!] = Self.number(1)
        let found = try findings("text.review_litigation", in: report)
        #expect(found.map { $0.cells.map(\.key.description) } == [
            ["t4.review.total"], ["t4.suit_direct.total", "t4.suit_after_review.total"],
        ])
        #expect(found.allSatisfy { $0.line == 7 && $0.message.contains("(0)") })
    }

    @Test func seedCountingNewAndCarriedOver() throws {
        var report = try seed(4)
        report[FieldKey(Self.carriedIn)!] = Self.number(1)
        let found = try findings("text.applications", in: report)
        // 共受理…0件 agrees with 本年新收 0; 上年结转0件 does not.
        #expect(found.map { $0.cells.map(\.key.description) } == [[Self.carriedIn]])
        #expect(found.first?.message.contains("(0) but 表三 ‘二、上年结转政府信息公开申请数量 · 总计’ is 1") == true)
    }

    @Test func seedStatisticsPeriodAndTitle() throws {
        var report = try seed(1)
        report.year = 2022
        let found = try findings("text.year", in: report)
        #expect(found.map(\.found) == ["2023", "2023"])
        #expect(found.first?.message == "the title ‘杭州市余杭区百丈镇2023年度政府信息公开工作年度报告’ names 2023 but the report is read as 2022")
        #expect(found.first?.line == 1)
        #expect(found.last?.message.contains("(2023) but the report is for 2022") == true)
        #expect(found.last?.message.contains("‘本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止’") == true)
    }

    // MARK: text.applications

    @Test func quotedSentenceAndLine() throws {
        let text = "街道依法开展依申请公开信息办理，畅通申请渠道。\n今年累计受理依申请公开政府信息6件。"
        let found = try findings("text.applications", in: report(text, [Self.newTotal: "5"]))
        #expect(found.map(\.message) == [
            "the text says ‘今年累计受理依申请公开政府信息6件’ (6) but 表三 ‘一、本年新收政府信息公开申请数量 · 总计’ is 5",
        ])
        // The section's heading is on line 3, its body from line 4: the sentence is on the body's second line.
        #expect(found.first?.line == 5)
    }

    @Test func longSentenceQuotesItsClause() throws {
        let preamble = String(repeating: "严格落实政府信息公开申请登记、审核、办理、答复、归档等工作制度", count: 4)
        let found = try findings("text.applications", in: report(preamble + "，全年共收到政府信息公开申请6件。", [Self.newTotal: "5"]))
        #expect(found.first?.message.hasPrefix("the text says ‘全年共收到政府信息公开申请6件’ (6)") == true)
    }

    @Test func newAndCarriedOverCountedSeparately() throws {
        let text = "共受理政府信息公开申请8件，其中本年新收6件，上年结转2件。"
        #expect(try findings("text.applications", in: report(text, [Self.newTotal: "6", Self.carriedIn: "2"])).isEmpty)
        // 8 is still new + carried over; each part is held against its own cell.
        let found = try findings("text.applications", in: report(text, [Self.newTotal: "5", Self.carriedIn: "3"]))
        #expect(found.map { $0.cells.map(\.key.description) } == [[Self.newTotal], [Self.carriedIn]])
        #expect(found.map(\.found) == ["6", "2"])
        #expect(found.allSatisfy { $0.message.hasPrefix("the text says ‘共受理政府信息公开申请8件，其中本年新收6件，上年结转2件’") })
    }

    @Test func totalThatCountsCarriedOverToo() throws {
        let text = "本年度共受理政府信息公开申请7件。"
        #expect(try findings("text.applications", in: report(text, [Self.newTotal: "5", Self.carriedIn: "2"])).isEmpty)
        #expect(try findings("text.applications", in: report("共收到政府信息公开申请7件（含上年结转2件）。",
                                                             [Self.newTotal: "5", Self.carriedIn: "2"])).isEmpty)
        let found = try findings("text.applications", in: report(text, [Self.newTotal: "5", Self.carriedIn: "1"]))
        #expect(found.map(\.message) == [
            "the text says ‘本年度共受理政府信息公开申请7件’ (7) but 表三 ‘一、本年新收政府信息公开申请数量 · 总计’ is 5, "
                + "and with ‘二、上年结转政府信息公开申请数量 · 总计’ 1 it is 6",
        ])
        #expect(found.first?.cells.map(\.key.description) == [Self.newTotal, Self.carriedIn])
    }

    @Test func carriedForwardIsHeldAgainstItsCell() throws {
        let text = "共受理依申请公开3件，其中本年新收3件，结转至下年办理1件。"
        let found = try findings("text.applications", in: report(text, [Self.newTotal: "3"]))
        #expect(found.map { $0.cells.map(\.key.description) } == [["t3.carried_forward.total"]])
    }

    @Test func fullWidthDigits() throws {
        #expect(try findings("text.applications", in: report("收到政府信息公开申请２件。", [Self.newTotal: "2"])).isEmpty)
        #expect(try findings("text.applications", in: report("收到政府信息公开申请１２件。", [Self.newTotal: "12"])).isEmpty)
        let found = try findings("text.applications", in: report("收到政府信息公开申请２件。", [Self.newTotal: "3"]))
        // Quoted as printed, compared as read.
        #expect(found.map(\.message).first?.hasPrefix("the text says ‘收到政府信息公开申请２件’ (2) but") == true)
    }

    @Test func chineseNumerals() throws {
        #expect(try findings("text.applications", in: report("本年度收到政府信息公开申请两件。", [Self.newTotal: "2"])).isEmpty)
        #expect(try findings("text.applications", in: report("本年度收到政府信息公开申请十二件。", [Self.newTotal: "12"])).isEmpty)
        #expect(try findings("text.applications", in: report("本年度收到政府信息公开申请三件。", [Self.newTotal: "2"])).count == 1)
    }

    @Test func otherCountsAreIgnored() throws {
        let text = """
            截至2023年12月31日，主动公开各类政府信息395条，其中政策解读12篇。
            2023年共有人大建议13件、政协提案17件。
            全年受理行政许可申请320件，收到投诉举报申请4件。
            收到行政复议申请1件。
            依申请公开发文0条。
            对3件申请不予受理。
            共收到政府信息公开申请5件，其中通过网络收到申请3件。
            """
        let found = try findings("text.applications", in: report(text, [Self.newTotal: "5"]))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func countsOfOtherYearsAreIgnored() throws {
        for text in ["2022年共收到政府信息公开申请5件。", "上年度收到政府信息公开申请5件。", "去年共受理依申请公开5件，今年有所下降。"] {
            #expect(try findings("text.applications", in: report(text, [Self.newTotal: "3"])).isEmpty, "\(text)")
        }
        #expect(try findings("text.applications", in: report("2023年共收到政府信息公开申请5件。", [Self.newTotal: "3"])).count == 1)
    }

    @Test func approximateCountsAreIgnored() throws {
        for text in ["收到政府信息公开申请10余件。", "收到政府信息公开申请约10件。", "收到政府信息公开申请超过10件。"] {
            #expect(try findings("text.applications", in: report(text, [Self.newTotal: "3"])).isEmpty, "\(text)")
        }
    }

    @Test func noneReceived() throws {
        for text in ["本年度未收到政府信息公开申请。", "本单位没有收到依申请公开申请。", "2023年暂无依申请公开事项。"] {
            #expect(try findings("text.applications", in: report(text)).isEmpty, "\(text)")
            let found = try findings("text.applications", in: report(text, [Self.newTotal: "2"]))
            #expect(found.count == 1 && found.first?.found == "0", "\(text)")
        }
        // A complaint is not an application.
        #expect(try findings("text.applications", in: report("未收到相关投诉举报。", [Self.newTotal: "2"])).isEmpty)
    }

    @Test func cellsThatAreNotNumbersAreNotAssessed() throws {
        let text = "收到政府信息公开申请3件。"
        for printed in ["", "/", "详见附表"] {
            #expect(try findings("text.applications", in: report(text, [Self.newTotal: printed])).isEmpty)
        }
        let found = try findings("text.applications", in: report(text, [Self.newTotal: ""]), options: ValidationOptions(blankAsZero: true))
        #expect(found.count == 1 && found.first?.blankAsZero == true)
        #expect(found.first?.message.hasSuffix("(blank cells read as 0)") == true)
    }

    @Test func reportWithoutTable3() throws {
        let report = ReportBuilder().narrating("收到政府信息公开申请3件。").removing(["t3"]).report
        #expect(try findings("text.applications", in: report).isEmpty)
    }

    // MARK: text.review_litigation

    @Test func waysOfSayingNone() throws {
        let texts = [
            "未发生因政府信息公开引起的行政复议或行政诉讼。",
            "本年度无因政府信息公开申请行政复议、提起行政诉讼的情况。",
            "没有发生政府信息公开行政复议、行政诉讼案件。",
            "未出现行政复议或行政诉讼案件。",
        ]
        let both = ["t4.review.total": "1", "t4.suit_direct.total": "1"]
        for text in texts {
            #expect(try findings("text.review_litigation", in: report(text)).isEmpty, "\(text)")
            #expect(try findings("text.review_litigation", in: report(text, both)).count == 2, "\(text)")
        }
        let reviewOnly = try findings("text.review_litigation", in: report("未收到政府信息公开行政复议申请。", both))
        #expect(reviewOnly.map { $0.cells.map(\.key.description) } == [["t4.review.total"]])
        // An application for review is not an application for information.
        #expect(try findings("text.applications", in: report("未收到政府信息公开行政复议申请。", [Self.newTotal: "1"])).isEmpty)
    }

    @Test func statedNumbers() throws {
        let cells = ["t4.review.total": "1", "t4.suit_direct.total": "1", "t4.suit_after_review.total": "1"]
        #expect(try findings("text.review_litigation", in: report("因政府信息公开被申请行政复议1件，被提起行政诉讼2件。", cells)).isEmpty)
        #expect(try findings("text.review_litigation", in: report("政府信息公开行政复议、行政诉讼共3件。", cells)).isEmpty)
        #expect(try findings("text.review_litigation", in: report("政府信息公开行政复议、行政诉讼各1件。", cells)).count == 1)
        let found = try findings("text.review_litigation", in: report("因政府信息公开被提起行政诉讼3件。", cells))
        #expect(found.map(\.message) == [
            "the text says ‘因政府信息公开被提起行政诉讼3件’ (3) but 表四 ‘行政诉讼 未经复议直接起诉 · 总计’ + "
                + "‘行政诉讼 复议后起诉 · 总计’ is 1 + 1 = 2",
        ])
    }

    @Test func partialCountsAreIgnored() throws {
        let cells = ["t4.review.total": "3", "t4.suit_direct.total": "2", "t4.suit_after_review.total": "1"]
        let texts = [
            "政府信息公开行政复议结果维持1件。",
            "因政府信息公开经复议后提起行政诉讼1件。",
            "政府信息公开行政复议、行政诉讼分别为3件、3件。",
            "全年办理行政复议案件35件。",
            "无论是否发生政府信息公开行政复议，均认真对待。",
            "2022年发生政府信息公开行政复议1件。",
        ]
        for text in texts {
            #expect(try findings("text.review_litigation", in: report(text, cells)).isEmpty, "\(text)")
        }
    }

    @Test func table4NotAssessed() throws {
        let text = "未发生因政府信息公开引起的行政复议或行政诉讼。"
        #expect(try findings("text.review_litigation", in: report(text, ["t4.review.total": "/", "t4.suit_direct.total": "详见附表"])).isEmpty)
        #expect(try findings("text.review_litigation", in: ReportBuilder().narrating(text).removing(["t4"]).report).isEmpty)
    }

    // MARK: text.year

    @Test func titleNamingAnotherYear() throws {
        var retitled = report("")
        retitled.title = "测试局2022年度政府信息公开工作年度报告"
        let found = try findings("text.year", in: retitled)
        #expect(found.map(\.message) == ["the title ‘测试局2022年度政府信息公开工作年度报告’ names 2022 but the report is read as 2023"])
        #expect(found.first?.line ?? 0 > 0)
    }

    @Test func statisticsPeriods() throws {
        let agreeing = [
            "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            "本报告中所列数据统计时限为２０２３年１月１日至２０２３年１２月３１日。",
            "数据统计期间：2023 年 1 月 1 日至 2023 年 12 月 31 日。",
        ]
        for text in agreeing { #expect(try findings("text.year", in: report(text)).isEmpty, "\(text)") }
        let found = try findings("text.year", in: report("本报告所列数据的统计期限自2022年1月1日起至2023年12月31日止。"))
        #expect(found.map(\.found) == ["2022 to 2023"])
        var withPreface = ReportBuilder().report
        withPreface.narrative = [NarrativeSection(heading: "", body: "本报告由测试局编制。\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。", line: 2)]
        #expect(try findings("text.year", in: withPreface).map(\.line) == [3])
    }
}
