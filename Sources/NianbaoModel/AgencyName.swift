/// An agency's name reduced to what stays the same when reports print it differently: with or without
/// the city (`杭州市拱墅区统计局` / `拱墅区统计局`) or the trailing `办事处` / `人民政府`.
public enum AgencyName {
    /// The form two names share when they name the same agency.
    public static func canonical(_ name: String) -> String {
        var text = String(name.unicodeScalars.filter { !$0.properties.isWhitespace && !"（）()".unicodeScalars.contains($0) }.map(Character.init))
        for suffix in ["办事处", "人民政府"] where text.hasSuffix(suffix) && text.count > suffix.count + 2 {
            text.removeLast(suffix.count)
        }
        // A leading province or city is dropped only when a district or county follows, so that
        // 杭州市统计局 and 拱墅区统计局 stay apart.
        for level in ["省", "自治区", "市"] {
            guard let end = text.firstRange(of: level)?.upperBound else { continue }
            let rest = text[end...]
            // The district's own name comes first: `拱墅区…`, not `市场监督管理局`.
            if rest.dropFirst(2).prefix(6).contains(where: { "区县市旗".contains($0) }) { text = String(rest) }
        }
        return text
    }
}
