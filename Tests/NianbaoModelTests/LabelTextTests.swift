import NianbaoModel
import Testing

@Suite struct LabelTextTests {
    @Test(arguments: [
        ("一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量"),
        ("四、结转下年度继续办理", "结转下年度继续办理"),
        ("十、其他需要报告的事项", "其他需要报告的事项"),
        ("1、 总体情况", "总体情况"),
        ("1.属于国家秘密", "属于国家秘密"),
        ("1. 属于国家秘密", "属于国家秘密"),
        ("１．属于国家秘密", "属于国家秘密"),
        ("8、属于行政查询事项", "属于行政查询事项"),
    ])
    func leadingNumberingIsDropped(_ label: String, _ core: String) {
        #expect(LabelText.core(label) == core)
    }

    @Test(arguments: [
        ("（一）予以公开", "予以公开"),
        ("(一) 予以公开", "予以公开"),
        ("(三)不予公开", "不予公开"),
        ("（七）总计", "总计"),
        ("【一】予以公开", "予以公开"),
    ])
    func parenthesisedNumberingIsDropped(_ label: String, _ core: String) {
        #expect(LabelText.core(label) == core)
    }

    @Test(arguments: [
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
        ("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
        ("本年收费金额（单位：万元）", "本年收费金额"),
        ("本年收费金额(单位:万元)", "本年收费金额"),
        ("部分公开（区分（处理）的）", "部分公开"),
        ("国办公开办函〔2021〕30号", "国办公开办函30号"),
    ])
    func parenthesisedRemarksAreDropped(_ label: String, _ core: String) {
        #expect(LabelText.core(label) == core)
    }

    @Test(arguments: [
        ("结果 维持", "结果维持"),
        ("结果\u{A0}维持", "结果维持"),
        ("结果\u{3000}维持", "结果维持"),
        ("  自然人\t", "自然人"),
        ("\u{3000}\u{3000}一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量"),
    ])
    func spacesOfEveryKindAreDropped(_ label: String, _ core: String) {
        #expect(LabelText.core(label) == core)
    }

    @Test(arguments: [
        "3.危及“三安全一稳定”", "3.危及\"三安全一稳定\"", "3.危及‘三安全一稳定’", "3、危及“三安全 一稳定”",
    ])
    func quotesAreDropped(_ label: String) {
        #expect(LabelText.core(label) == "危及三安全一稳定")
    }

    @Test func punctuationInsideLabelsIsDropped() {
        #expect(LabelText.core("本年增/减") == "本年增减")
        #expect(LabelText.core("政府信息公开行政复议、行政诉讼情况") == "政府信息公开行政复议行政诉讼情况")
        #expect(LabelText.core("《政府信息公开条例》") == "政府信息公开条例")
        #expect(LabelText.core("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
                == "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请")
    }

    @Test(arguments: [
        ("三安全一稳定", "三安全一稳定"),
        ("一般事项", "一般事项"),
        ("2023年度", "2023年度"),
        ("第二十条第（一）项", "第二十条第项"),
        ("其他", "其他"),
    ])
    func numeralsThatAreNotNumberingStay(_ label: String, _ core: String) {
        #expect(LabelText.core(label) == core)
    }

    @Test func printedFormsOfOneLabelShareACore() {
        let forms = ["（三）不予公开", "(三) 不予公开", "（三） 不予公开", "三、不予公开", "不予公开"]
        #expect(Set(forms.map(LabelText.core)) == ["不予公开"])
    }

    @Test func emptyOrOnlyNumberingGivesAnEmptyCore() {
        #expect(LabelText.core("") == "")
        #expect(LabelText.core("   ") == "")
        #expect(LabelText.core("（一）") == "")
        #expect(LabelText.core("一、") == "")
    }

    @Test func foldTurnsFullWidthFormsIntoASCII() {
        #expect(LabelText.fold("（") == "(")
        #expect(LabelText.fold("１") == "1")
        #expect(LabelText.fold("Ａ") == "A")
        #expect(LabelText.fold("\u{3000}") == " ")
        #expect(LabelText.fold("\u{A0}") == " ")
        #expect(LabelText.fold("中") == "中")
    }
}
