import NianbaoModel
import Testing

/// `AgencyPath`: names split into province › city › district › town › department, a level filled only when clear.
@Suite struct AgencyPathTests {
    /// Printed names with their path as shown (`›` between levels).
    @Test(arguments: [
        // The bundled corpus.
        ("杭州市拱墅区祥符街道办事处", "杭州市 › 拱墅区 › 祥符街道"),
        ("杭州市余杭区百丈镇", "杭州市 › 余杭区 › 百丈镇"),
        ("新华区西高皇街道办事处", "(city unknown) › 新华区 › 西高皇街道"),
        ("杭州市拱墅区统计局", "杭州市 › 拱墅区 › 统计局"),
        ("拱墅区湖墅街道", "(city unknown) › 拱墅区 › 湖墅街道"),
        ("（拱墅区湖墅街道）", "(city unknown) › 拱墅区 › 湖墅街道"),
        ("拱墅区 湖墅街道", "(city unknown) › 拱墅区 › 湖墅街道"),
        // Governments of each level.
        ("杭州市余杭区百丈镇人民政府", "杭州市 › 余杭区 › 百丈镇"),
        ("杭州市拱墅区祥符街道办", "杭州市 › 拱墅区 › 祥符街道"),
        ("杭州市拱墅区人民政府", "杭州市 › 拱墅区"),
        ("杭州市人民政府", "杭州市"),
        ("浙江省人民政府", "浙江省"),
        ("黄山市歙县人民政府", "黄山市 › 歙县"),
        ("歙县人民政府", "(city unknown) › 歙县"),
        ("杭州市建德市人民政府", "杭州市 › 建德市"),
        ("淳安县千岛湖镇人民政府", "(city unknown) › 淳安县 › 千岛湖镇"),
        ("萍乡市人民政府", "萍乡市"),
        ("景德镇市人民政府", "景德镇市"),
        // Provinces only as printed; municipalities have districts and no city.
        ("浙江省杭州市拱墅区统计局", "浙江省 › 杭州市 › 拱墅区 › 统计局"),
        ("内蒙古自治区呼和浩特市新城区", "内蒙古自治区 › 呼和浩特市 › 新城区"),
        ("北京市朝阳区人民政府", "北京市 › 朝阳区"),
        ("上海市浦东新区张江镇人民政府", "上海市 › 浦东新区 › 张江镇"),
        ("浙江省统计局", "浙江省 › 统计局"),
        // Cities ending in 州 and 盟, long autonomous names.
        ("温州市鹿城区人民政府", "温州市 › 鹿城区"),
        ("黔东南苗族侗族自治州民族宗教事务委员会", "黔东南苗族侗族自治州 › 民族宗教事务委员会"),
        ("锡林郭勒盟行政公署", "锡林郭勒盟"),
        ("丽水市景宁畲族自治县人民政府", "丽水市 › 景宁畲族自治县"),
        ("北京市通州区人民政府", "北京市 › 通州区"),
        // Departments, however they begin.
        ("杭州市统计局", "杭州市 › 统计局"),
        ("杭州市公安局拱墅区分局", "杭州市 › 公安局拱墅区分局"),
        ("杭州市市场监督管理局", "杭州市 › 市场监督管理局"),
        ("浙江省市场监督管理局", "浙江省 › 市场监督管理局"),
        ("杭州市拱墅区市场监督管理局", "杭州市 › 拱墅区 › 市场监督管理局"),
        ("拱墅区市场监督管理局", "(city unknown) › 拱墅区 › 市场监督管理局"),
        ("余杭区市场监管局仁和市场监管所", "(city unknown) › 余杭区 › 市场监管局仁和市场监管所"),
        ("杭州市城市管理局", "杭州市 › 城市管理局"),
        ("拱墅区城市管理局", "(city unknown) › 拱墅区 › 城市管理局"),
        ("杭州市拱墅区住房和城乡建设局", "杭州市 › 拱墅区 › 住房和城乡建设局"),
        ("杭州市农业农村和乡村振兴局", "杭州市 › 农业农村和乡村振兴局"),
        ("杭州市市政公用事业管理中心", "杭州市 › 市政公用事业管理中心"),
        ("杭州市人民政府办公厅", "杭州市 › 人民政府办公厅"),
        ("杭州市拱墅区人民政府办公室", "杭州市 › 拱墅区 › 人民政府办公室"),
        ("杭州市发展和改革委员会", "杭州市 › 发展和改革委员会"),
        ("杭州市拱墅区教育局", "杭州市 › 拱墅区 › 教育局"),
        ("国家统计局", "国家统计局"),
        ("中共杭州市委", "中共杭州市委"),
    ])
    func printedNamesSplitIntoTheirPath(_ pair: (printed: String, path: String)) {
        #expect(AgencyPath(pair.printed).description == pair.path)
    }

    @Test func eachLevelOfAStreetOffice() {
        let path = AgencyPath("杭州市拱墅区祥符街道办事处")
        #expect(path.province == nil)
        #expect(path.city == "杭州市")
        #expect(path.district == "拱墅区")
        #expect(path.town == "祥符街道")
        #expect(path.department == nil)
        #expect(path.isGovernment)
        #expect(path.governmentKind == "街道办事处")
        #expect(path[.town] == "祥符街道")
    }

    @Test func aDepartmentIsNoGovernment() {
        let path = AgencyPath("杭州市拱墅区统计局")
        #expect(path.department == "统计局")
        #expect(path.town == nil)
        #expect(!path.isGovernment)
        #expect(path.governmentKind == nil)
    }

    /// 市场 and 城市 hold a 市 that ends no city; 公安局拱墅区分局 names a branch, not the district 拱墅区.
    @Test func officeWordsAreNeverPlaces() {
        #expect(AgencyPath("杭州市市场监督管理局").district == nil)
        #expect(AgencyPath("浙江省市场监督管理局").city == nil)
        #expect(AgencyPath("拱墅区城市管理局").city == nil)
        let branch = AgencyPath("杭州市公安局拱墅区分局")
        #expect(branch.district == nil)
        #expect(branch.department == "公安局拱墅区分局")
        #expect(AgencyPath("杭州市拱墅区住房和城乡建设局").town == nil)
    }

    /// A county may have a one-character name; a 县级市 after a city is the district level.
    @Test func countiesAndCountyLevelCities() {
        let she = AgencyPath("黄山市歙县")
        #expect(she.city == "黄山市")
        #expect(she.district == "歙县")
        #expect(she.governmentKind == "县人民政府")
        #expect(AgencyPath("杭州市建德市").district == "建德市")
        // Alone, a 市 is read as a city: without a list of county-level cities that is as far as the suffix goes.
        #expect(AgencyPath("建德市人民政府").city == "建德市")
    }

    /// A province is filled only when printed, never inferred from its city.
    @Test func provinceNeverGuessed() {
        #expect(AgencyPath("杭州市拱墅区统计局").province == nil)
        #expect(AgencyPath("浙江省杭州市拱墅区统计局").province == "浙江省")
        #expect(AgencyPath("广西壮族自治区南宁市").province == "广西壮族自治区")
        #expect(AgencyPath("浙江杭州市").province == nil, "浙江 without 省 is not clearly a province")
    }

    @Test func pathThroughALevel() {
        let street = AgencyPath("新华区西高皇街道办事处")
        #expect(street.path(through: .city) == nil)
        #expect(street.path(through: .district) == "(city unknown) › 新华区")
        #expect(street.path(through: .town) == "(city unknown) › 新华区 › 西高皇街道")
        let bureau = AgencyPath("杭州市拱墅区统计局")
        #expect(bureau.path(through: .city) == "杭州市")
        #expect(bureau.path(through: .district) == "杭州市 › 拱墅区")
        #expect(bureau.path(through: .town) == nil)
        #expect(bureau.path(through: .department) == "杭州市 › 拱墅区 › 统计局")
    }

    @Test func governmentKinds() {
        #expect(AgencyPath("杭州市余杭区百丈镇").governmentKind == "镇人民政府")
        #expect(AgencyPath("拱墅区湖墅街道").governmentKind == "街道办事处")
        #expect(AgencyPath("杭州市拱墅区").governmentKind == "区人民政府")
        #expect(AgencyPath("杭州市人民政府").governmentKind == "市人民政府")
        #expect(AgencyPath("浙江省人民政府").governmentKind == "省人民政府")
    }

    /// What follows the places but ends like no office is kept aside rather than called a department.
    @Test func unreadRestIsKeptApart() {
        let cut = AgencyPath("杭州市拱墅区祥符")
        #expect(cut.department == nil)
        #expect(cut.unrecognized == "祥符")
        #expect(!cut.isGovernment)
        #expect(cut.description == "杭州市 › 拱墅区 › [祥符]")
    }

    @Test func emptyAndBareNames() {
        #expect(AgencyPath("").description == "")
        #expect(AgencyPath("人民政府").department == "人民政府")
        #expect(!AgencyPath("").isGovernment)
    }

    @Test func namesThatDifferOnlyInPrintingShareAPath() {
        #expect(AgencyPath("杭州市余杭区百丈镇人民政府") == AgencyPath("杭州市余杭区百丈镇"))
        #expect(AgencyPath("杭州市拱墅区祥符街道办事处") == AgencyPath("杭州市拱墅区祥符街道"))
        #expect(AgencyPath("拱墅区统计局") != AgencyPath("杭州市拱墅区统计局"), "the city is not guessed")
    }
}
