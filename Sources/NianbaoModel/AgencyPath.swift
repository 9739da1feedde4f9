/// An agency's name split into its administrative path: province, city, district or county, town or street, and
/// the department: `杭州市拱墅区统计局` → 杭州市 › 拱墅区 › 统计局, `新华区西高皇街道办事处` → (city unknown) › 新华区 › 西高皇街道.
///
/// Conservative: a level is filled only when its name ends in that level's suffix where the level may stand, and a
/// level that is not printed stays empty (a province is never guessed from a city). What follows the last level is
/// the department; `人民政府` or `办事处` there make the agency the level's own government, with no department.
public struct AgencyPath: Sendable, Hashable, CustomStringConvertible {
    /// The levels of the path, from the top.
    public enum Level: String, Sendable, CaseIterable {
        case province, city, district, town, department
    }

    /// `浙江省`, `内蒙古自治区`, or a municipality under the central government (`北京市`).
    public var province: String?
    /// A city, prefecture or league: `杭州市`, `黔东南苗族侗族自治州`, `锡林郭勒盟`.
    public var city: String?
    /// A district, county, county-level city or banner: `拱墅区`, `歙县`, `建德市`, `科尔沁右翼前旗`.
    public var district: String?
    /// A town, township or street: `百丈镇`, `祥符街道`.
    public var town: String?
    /// The office below the places: `统计局`, `公安局拱墅区分局`, `人民政府办公室`.
    public var department: String?
    /// What followed the places but reads as neither a department nor a government (`新华区西高皇` cut short).
    public var unrecognized: String?

    /// Splits a name as printed; spaces and brackets around it (`（拱墅区湖墅街道）`) are ignored.
    public init(_ name: String) {
        let text = String(name.unicodeScalars.filter { !$0.properties.isWhitespace && !"（）()".unicodeScalars.contains($0) }.map(Character.init))
        var rest = Substring(text)
        if let province = Self.provinces.first(where: { rest.hasPrefix($0) }) {
            self.province = province
            rest = rest.dropFirst(province.count)
        }
        if let city = Self.place(at: rest, .city) {
            self.city = city
            rest = rest.dropFirst(city.count)
        }
        if let district = Self.place(at: rest, .district) {
            self.district = district
            rest = rest.dropFirst(district.count)
        }
        if let town = Self.place(at: rest, .town) {
            self.town = town
            rest = rest.dropFirst(town.count)
        }
        guard !rest.isEmpty, !(Self.governmentEndings.contains(String(rest)) && lowestPlace != nil) else { return }
        if Self.departmentEndings.contains(where: { rest.hasSuffix($0) }) {
            department = String(rest)
        } else {
            unrecognized = String(rest)
        }
    }

    public subscript(level: Level) -> String? {
        switch level {
        case .province: province
        case .city: city
        case .district: district
        case .town: town
        case .department: department
        }
    }

    /// True when the agency is the government of its lowest level (`百丈镇`, `祥符街道办事处`, `杭州市人民政府`).
    public var isGovernment: Bool { lowestPlace != nil && department == nil && unrecognized == nil }

    /// What kind of government it is, by the suffix of its lowest level: `街道办事处`, `镇人民政府`, `县人民政府`.
    public var governmentKind: String? {
        guard isGovernment, let place = lowestPlace else { return nil }
        let suffix = Self.suffixes.values.joined().filter { place.hasSuffix($0) }.max { $0.count < $1.count }
            ?? (Self.municipalities.contains(place) ? "市" : Self.provinces.first { place == $0 }.map { $0.hasSuffix("自治区") ? "自治区" : "省" })
        guard let suffix else { return nil }
        return suffix == "街道" ? "街道办事处" : suffix + "人民政府"
    }

    /// Shown where a district or town is printed without its city: district names repeat from city to city.
    public static let unknownCity = "(city unknown)"

    /// The path down to a level, joined by `›`; nil when that level is not filled.
    public func path(through level: Level) -> String? {
        guard self[level] != nil else { return nil }
        let levels = Level.allCases.prefix { $0 != level } + [level]
        var parts: [String] = []
        for each in levels {
            if let name = self[each] {
                parts.append(name)
            } else if each == .city, needsUnknownCity {
                parts.append(Self.unknownCity)
            }
        }
        return parts.joined(separator: " › ")
    }

    /// The whole path: `杭州市 › 拱墅区 › 祥符街道`; what could not be read is shown in brackets.
    public var description: String {
        let deepest = Level.allCases.last { self[$0] != nil }
        var parts = deepest.flatMap(path(through:)).map { [$0] } ?? []
        if let unrecognized { parts.append("[\(unrecognized)]") }
        return parts.joined(separator: " › ")
    }

    /// A district or town with no city above it, unless a municipality (whose districts have no city) is printed.
    private var needsUnknownCity: Bool {
        city == nil && (district != nil || town != nil) && !(province.map(Self.municipalities.contains) ?? false)
    }

    private var lowestPlace: String? { town ?? district ?? city ?? province }

    // MARK: Reading one level

    /// The place of a level at the start of the text, or nil when none is clearly there.
    private static func place(at text: Substring, _ level: Level) -> String? {
        guard let suffixes = suffixes[level], !notPlaces.contains(where: { text.hasPrefix($0) }) else { return nil }
        let characters = Array(text)
        // The earliest suffix wins, so that a department's 市场 or 城市 after a place is never read as one.
        var end = 1
        while end < characters.count, end <= longestName {
            defer { end += 1 }
            guard let suffix = suffixes.first(where: { characters[end...].starts(with: $0) }) else { continue }
            let name = String(characters[..<end])
            let after = characters[(end + suffix.count)...]
            // `XX州市`: the 州 belongs to the name, the 市 ends it; in 市场, 市政 or 区域 the character is no suffix.
            if let next = after.first, wordsAfterSuffix[suffix]?.contains(next) == true { continue }
            guard end >= (suffix == "县" ? 1 : 2),
                  !officeWords.contains(where: name.contains),
                  !(forbiddenInName[level] ?? []).contains(where: name.contains)
            else { continue }
            // A town is taken only when its government follows or nothing does: `城乡` in 住房和城乡建设局 is no town.
            if level == .town, !after.isEmpty, !governmentEndings.contains(String(after)) { return nil }
            return name + suffix
        }
        return nil
    }

    /// The endings of each level's names; several characters (`街道`) before one (`镇`) where both fit.
    private static let suffixes: [Level: [String]] = [
        .city: ["市", "州", "盟"],
        .district: ["区", "县", "市", "旗"],
        .town: ["街道", "镇", "乡", "苏木"],
    ]

    /// Characters that, right after a suffix, show it is the start of a word instead: 州市, 市场, 市政, 市民, 区域, 县域.
    private static let wordsAfterSuffix: [String: Set<Character>] = ["州": ["市"], "市": ["场", "政", "民"], "区": ["域"], "县": ["域"]]

    /// The longest place name considered, suffix excluded (`双江拉祜族佤族布朗族傣族自治县`).
    private static let longestName = 14

    /// Words of offices, never of places: `公安局拱墅区分局` names no district.
    private static let officeWords = ["局", "委", "办", "厅", "院", "所", "处", "部", "室", "站", "队", "政府", "中心", "公司"]

    /// Lower levels' suffixes, which a higher level's name cannot hold: in `拱墅区城市管理局` no city ends at 市.
    private static let forbiddenInName: [Level: [String]] = [
        .city: ["区", "县", "旗", "街道"],
        .district: ["镇", "街道"],
    ]

    /// Beginnings of names that are not places although a place follows: `中共杭州市委`.
    private static let notPlaces = ["中共", "中国共产党"]

    /// What follows a place when the agency is that place's own government.
    private static let governmentEndings: Set<String> = ["人民政府", "政府", "办事处", "办", "行政公署"]

    /// The endings of an office's name: 局, 委, 办, 中心, ….
    private static let departmentEndings = [
        "局", "委", "办", "厅", "院", "所", "处", "部", "室", "站", "队", "会", "中心", "司", "署", "馆", "社", "公司",
        "组", "校", "学", "庭", "台", "团", "行", "政府",
    ]

    /// Municipalities under the central government: province and city at once.
    private static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

    /// Every province-level name, in full: a province is filled only when printed.
    private static let provinces: [String] = [
        "北京市", "天津市", "上海市", "重庆市",
        "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
        "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
        "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
        "香港特别行政区", "澳门特别行政区",
    ]
}
