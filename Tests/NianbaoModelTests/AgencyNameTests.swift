import NianbaoModel
import Testing

/// `AgencyName.canonical`: names that reports print differently for one agency read alike, and different agencies
/// stay apart.
@Suite struct AgencyNameTests {
    @Test(arguments: [
        ("杭州市拱墅区祥符街道办事处", "拱墅区祥符街道"),
        ("拱墅区祥符街道", "拱墅区祥符街道"),
        ("拱墅区祥符街道办", "拱墅区祥符街道"),
        ("杭州市拱墅区统计局", "拱墅区统计局"),
        ("浙江省杭州市拱墅区统计局", "拱墅区统计局"),
        ("杭州市余杭区百丈镇人民政府", "余杭区百丈镇"),
        ("杭州市余杭区百丈镇", "余杭区百丈镇"),
        ("新华区西高皇街道办事处", "新华区西高皇街道"),
        ("（拱墅区湖墅街道）", "拱墅区湖墅街道"),
        ("拱墅区 湖墅街道", "拱墅区湖墅街道"),
        ("杭州市拱墅区　湖墅街道", "拱墅区湖墅街道"),
        ("杭州市建德市人民政府", "建德市"),
        ("建德市人民政府", "建德市"),
        ("黄山市歙县人民政府", "歙县"),
        ("歙县人民政府", "歙县"),
        ("内蒙古自治区呼和浩特市新城区", "新城区"),
        ("杭州市拱墅区市场监督管理局", "拱墅区市场监督管理局"),
    ])
    func printedFormsReadAlike(_ pair: (printed: String, canonical: String)) {
        #expect(AgencyName.canonical(pair.printed) == pair.canonical)
    }

    /// A region is dropped only from the start of a name and only when a district or county follows it.
    @Test(arguments: [
        "杭州市统计局",
        "浙江省统计局",
        "杭州市人民政府办公厅",
        "杭州市市场监督管理局",
        "浙江省市场监督管理局",
        "拱墅区市场监督管理局",
        "余杭区市场监管局仁和市场监管所",
        "杭州市城市管理局",
        "杭州市公安局拱墅区分局",
    ])
    func namesWithoutALeadingRegionAndDistrictStayWhole(_ name: String) {
        #expect(AgencyName.canonical(name) == name)
    }

    @Test func cityAndDistrictStayApart() {
        #expect(AgencyName.canonical("杭州市统计局") != AgencyName.canonical("拱墅区统计局"))
        #expect(AgencyName.canonical("杭州市统计局") != AgencyName.canonical("杭州市拱墅区统计局"))
        #expect(AgencyName.canonical("浙江省统计局") != AgencyName.canonical("杭州市统计局"))
    }

    @Test func cityGovernmentKeepsItsCity() {
        #expect(AgencyName.canonical("杭州市人民政府") == "杭州市")
        #expect(AgencyName.canonical("杭州市人民政府") != AgencyName.canonical("拱墅区人民政府"))
    }

    @Test func theRegionIsWhatTheCanonicalFormDrops() {
        #expect(AgencyName.region(of: "浙江省杭州市拱墅区统计局") == "浙江省杭州市")
        #expect(AgencyName.region(of: "杭州市拱墅区统计局") == "杭州市")
        #expect(AgencyName.region(of: "拱墅区统计局") == "")
        #expect(AgencyName.region(of: "杭州市统计局") == "", "the city's own bureau keeps its city in its name")
    }

    /// 鼓楼区 is in 南京市, 福州市 and 徐州市: a district's name read alike is one agency only where the printed
    /// regions agree.
    @Test func regionsAgreeWhenOneIsMissingOrEndsTheOther() {
        #expect(AgencyName.regionsAgree("杭州市", ""))
        #expect(AgencyName.regionsAgree("浙江省杭州市", "杭州市"))
        #expect(AgencyName.regionsAgree("杭州市", "杭州市"))
        #expect(!AgencyName.regionsAgree("南京市", "福州市"))
        #expect(!AgencyName.regionsAgree("嘉兴市", "绍兴市"))
    }

    /// An office ending alone is not a name, and nothing is left to drop from an empty one.
    @Test func bareEndingsAndEmptyNamesStay() {
        #expect(AgencyName.canonical("人民政府") == "人民政府")
        #expect(AgencyName.canonical("办事处") == "办事处")
        #expect(AgencyName.canonical("") == "")
    }
}
