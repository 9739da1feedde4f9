/// Names agencies from combinations of real-looking place and department names: `杭州市拱墅区统计局`,
/// `宁波市海曙区石门街道办事处`, `温州市财政局`. Index i always gives the same name, and different indices below
/// `count` give different names.
public struct AgencyNamer: Sendable {
    static let cities = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市", "义乌市"]
    static let districts = ["拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "海曙区", "江北区", "鹿城区", "龙湾区",
                            "南湖区", "秀洲区", "吴兴区", "越城区", "婺城区", "柯城区"]
    static let departments = ["统计局", "财政局", "司法局", "民政局", "教育局", "审计局", "商务局", "应急管理局", "市场监督管理局",
                              "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "文化和旅游局",
                              "卫生健康委员会", "退役军人事务局", "医疗保障局", "人力资源和社会保障局", "发展和改革局", "经济和信息化局",
                              "科学技术局", "公安局", "城市管理局", "体育局", "档案馆", "人民政府办公室", "数据资源管理局", "信访局"]
    static let firstSyllables = ["祥", "石", "百", "东", "西", "南", "北", "长", "新", "青", "清", "仁", "和", "安", "瓶", "古", "金", "云", "丰", "湖"]
    static let secondSyllables = ["符", "门", "丈", "湖", "溪", "桥", "塘", "山", "港", "林", "浦", "平", "兴", "宁", "窑", "荡", "沙", "庄", "埠", "岭"]
    static let townSuffixes = ["镇", "街道办事处"]

    /// How many units (departments and towns) one district holds.
    static var unitCount: Int { departments.count + firstSyllables.count * secondSyllables.count * townSuffixes.count }

    /// How many distinct names there are.
    public static var count: Int { cities.count * districts.count * unitCount }

    public init() {}

    /// The name of agency `index` (taken modulo `count`, spread so that neighbouring indices differ in city).
    public func name(_ index: Int) -> String {
        var rest = index % Self.count
        let city = Self.cities[rest % Self.cities.count]
        rest /= Self.cities.count
        let districtIndex = rest % Self.districts.count
        let district = Self.districts[districtIndex]
        rest /= Self.districts.count
        let unit = rest
        if unit < Self.departments.count {
            // In the first district one department in four belongs to the city itself (names stay distinct).
            return unit % 4 == 0 && districtIndex == 0 ? city + Self.departments[unit] : city + district + Self.departments[unit]
        }
        var town = unit - Self.departments.count
        let first = Self.firstSyllables[town % Self.firstSyllables.count]
        town /= Self.firstSyllables.count
        let second = Self.secondSyllables[town % Self.secondSyllables.count]
        town /= Self.secondSyllables.count
        return city + district + first + second + Self.townSuffixes[town]
    }
}
