@testable import NianbaoParser
import Testing

@Suite struct TitleReaderTests {
    private func identity(_ text: String, limit: Int = 10) -> TitleReader.Identity {
        TitleReader.read(SourceLine.split(text), limit: limit)
    }

    @Test func agencyBeforeTheYearWithNianDu() {
        let title = identity("杭州市拱墅区统计局2023年度政府信息公开工作年度报告\n\n一、总体情况")
        #expect(title.year == 2023)
        #expect(title.agency == "杭州市拱墅区统计局")
        #expect(title.title == "杭州市拱墅区统计局2023年度政府信息公开工作年度报告")
        #expect(title.line == 1)
    }

    @Test func spacesAroundTheYear() {
        let title = identity("\n\n新华区西高皇街道办事处 2023 年政府信息公开工作年度报告\n\n一、总体情况")
        #expect(title.year == 2023)
        #expect(title.agency == "新华区西高皇街道办事处")
        #expect(title.line == 3)
    }

    @Test func agencyInBracketsOnTheNextLine() {
        let title = identity("2020年政府信息公开工作年度报告\n（拱墅区湖墅街道）\n一、总体情况")
        #expect(title.year == 2020)
        #expect(title.agency == "拱墅区湖墅街道")
        #expect(title.title == "2020年政府信息公开工作年度报告（拱墅区湖墅街道）")
        #expect(title.line == 1)
    }

    @Test func agencyInBracketsOnTheNextLineAfterABlankLine() {
        let title = identity("2020年政府信息公开工作年度报告\n\n（拱墅区湖墅街道）\n一、总体情况")
        #expect(title.year == 2020)
        #expect(title.agency == "拱墅区湖墅街道")
    }

    @Test func agencyInBracketsAfterTheTitle() {
        let title = identity("2021年政府信息公开工作年度报告（拱墅区湖墅街道）\n一、总体情况")
        #expect(title.year == 2021)
        #expect(title.agency == "拱墅区湖墅街道")
        #expect(title.title == "2021年政府信息公开工作年度报告（拱墅区湖墅街道）")
    }

    @Test func agencyInASCIIBrackets() {
        let title = identity("2021年政府信息公开工作年度报告(拱墅区湖墅街道)")
        #expect(title.agency == "拱墅区湖墅街道")
    }

    @Test func titleWithoutAgency() {
        let title = identity("2023年政府信息公开工作年度报告\n一、总体情况\n今年……")
        #expect(title.year == 2023)
        #expect(title.agency == nil)
        #expect(title.title == "2023年政府信息公开工作年度报告")
    }

    @Test func nextLineThatIsNotBracketedIsNotTheAgency() {
        let title = identity("2023年政府信息公开工作年度报告\n本报告由（某办公室）编制")
        #expect(title.agency == nil)
        #expect(title.title == "2023年政府信息公开工作年度报告")
    }

    @Test func aYearInsideTheAgencyNameIsNotTaken() {
        // `12023` is not a year; the statistics year is the one followed by 年.
        let title = identity("杭州市余杭区百丈镇2023年度政府信息公开工作年度报告")
        #expect(title.year == 2023)
        #expect(title.agency == "杭州市余杭区百丈镇")
        #expect(TitleReader.year(in: "第12023年") == nil)
        #expect(TitleReader.year(in: "1999年") == nil, "not a plausible statistics year")
        #expect(TitleReader.year(in: "2022 年度") == 2022)
        #expect(TitleReader.year(in: "2022\u{3000}年") == 2022)
    }

    @Test func titleMustBeAmongTheFirstLines() {
        let text = "一、总体情况\n正文\n杭州市某局2023年度政府信息公开工作年度报告"
        #expect(identity(text, limit: 1).title == "")
        #expect(identity(text, limit: 3).agency == "杭州市某局")
    }

    @Test func noTitleGivesNoIdentity() {
        let title = identity("一、总体情况\n今年我局认真贯彻落实条例。")
        #expect(title.title == "")
        #expect(title.year == nil)
        #expect(title.agency == nil)
        #expect(title.line == 0)
    }

    @Test func aLongSentenceMentioningTheReportIsNotATitle() {
        let sentence = "根据《中华人民共和国政府信息公开条例》规定，现公布本机关2023年度政府信息公开工作年度报告，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容，请查阅。"
        #expect(!TitleReader.isTitle(sentence[...]))
        #expect(TitleReader.isTitle("杭州市拱墅区统计局2023年度政府信息公开工作年度报告"))
        #expect(TitleReader.isTitle("某区2019年政府信息公开工作年报"))
    }
}
