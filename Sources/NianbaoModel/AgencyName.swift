/// An agency's name reduced to what stays the same when reports print it differently: with or without
/// the province or city (`杭州市拱墅区统计局` / `拱墅区统计局`) or the trailing `办事处` / `人民政府`.
public enum AgencyName {
    /// The form two names share when they name the same agency.
    public static func canonical(_ name: String) -> String {
        parts(of: name).canonical
    }

    /// The leading province and city that `canonical` drops (`浙江省杭州市` of `浙江省杭州市拱墅区统计局`), empty when
    /// none is printed. Two names with one canonical form name different agencies when both print a region and
    /// neither region ends the other (`嘉兴市` and `绍兴市`; 鼓楼区 is in several cities).
    public static func region(of name: String) -> String {
        parts(of: name).region
    }

    /// Whether two printed regions can be the same place: one is not printed, or one ends the other
    /// (`浙江省杭州市` and `杭州市`).
    public static func regionsAgree(_ first: String, _ second: String) -> Bool {
        first.isEmpty || second.isEmpty || first.hasSuffix(second) || second.hasSuffix(first)
    }

    /// The region and the canonical form at once.
    public static func parts(of name: String) -> (region: String, canonical: String) {
        var text = String(name.unicodeScalars.filter { !$0.properties.isWhitespace && !"（）()".unicodeScalars.contains($0) }.map(Character.init))
        for (suffix, replacement) in officeSuffixes where text.hasSuffix(suffix) {
            // What is left must still be a name: `歙县人民政府` keeps `歙县`, a bare `人民政府` stays as it is.
            guard text.count - suffix.count + replacement.count >= 2 else { continue }
            text = String(text.dropLast(suffix.count)) + replacement
        }
        // A leading province, then a leading city, is dropped only when a district or county follows, so that
        // 杭州市统计局 and 拱墅区统计局 stay apart.
        var region = ""
        for level in ["省", "自治区", "市"] {
            let rest = droppingLeadingRegion(of: level, from: text)
            region += text.dropLast(rest.count)
            text = rest
        }
        return (region, text)
    }

    /// Endings that say what kind of office an agency is, not which one, with what replaces them.
    private static let officeSuffixes: [(suffix: String, replacement: String)] = [
        ("办事处", ""),
        ("人民政府", ""),
        ("街道办", "街道"),
    ]

    /// Characters that end the name of a district, county or county-level city.
    private static let districtLevels: Set<Character> = ["区", "县", "市", "旗"]

    /// Characters of a bureau's name (`公安局`, `委员会`): a city followed by one of these is the city's own bureau.
    private static let officeCharacters: Set<Character> = ["局", "委", "办", "厅", "院", "所", "处", "部", "室", "站", "队"]

    /// `杭州市拱墅区统计局` → `拱墅区统计局`; unchanged when the region is not at the start (`拱墅区市场监督管理局`,
    /// whose 市 belongs to 市场) or no district follows it (`杭州市城市管理局`, `杭州市公安局拱墅区分局`).
    private static func droppingLeadingRegion(of level: String, from text: String) -> String {
        guard let marker = text.firstRange(of: level) else { return text }
        let region = text[..<marker.lowerBound]
        guard (1...5).contains(region.count), !region.contains(where: { "省市区县旗".contains($0) }) else { return text }
        let rest = text[marker.upperBound...]
        guard let levelIndex = rest.firstIndex(where: districtLevels.contains) else { return text }
        let district = rest[..<levelIndex]
        // Counties may have one-character names (歙县); a one-character 区 or 市 is far more often a word (城市).
        let shortest = rest[levelIndex] == "县" ? 1 : 2
        guard (shortest...6).contains(district.count), !district.contains(where: officeCharacters.contains) else { return text }
        return String(rest)
    }
}
