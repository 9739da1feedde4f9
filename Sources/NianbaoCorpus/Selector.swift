import NianbaoModel

/// Names reports by a year and/or fragments of the agency name (or of the file name), in any order:
/// `2023 拱墅区统计局`, `百丈镇`, `003_6c24`.
public struct Selector: Sendable, Equatable, CustomStringConvertible {
    public var years: [Int]
    public var fragments: [String]

    /// Every report.
    public static let all = Selector(years: [], fragments: [])

    public init(years: [Int], fragments: [String]) {
        self.years = years
        self.fragments = fragments
    }

    /// Reads the words of a selector; a word of four digits is a year.
    public init(_ words: [String]) {
        var years: [Int] = [], fragments: [String] = []
        for word in words where !word.isEmpty {
            if word.count == 4, let year = Int(word), (1990...2100).contains(year) { years.append(year) } else { fragments.append(word) }
        }
        self.init(years: years, fragments: fragments)
    }

    public var isEmpty: Bool { years.isEmpty && fragments.isEmpty }

    public var description: String { (years.map(String.init) + fragments).joined(separator: " ") }

    public func matches(_ report: Report) -> Bool {
        matches(year: report.year, agency: report.agency, source: report.source)
    }

    func matches(year: Int?, agency: String?, source: String) -> Bool {
        matches(year: year, agency: agency, source: source, squeezedFragments: squeezedFragments)
    }

    /// The fragments without spaces, worked out once when a whole corpus is tested.
    var squeezedFragments: [String] { fragments.map(Self.squeezed) }

    /// As `matches(year:agency:source:)`, with `squeezedFragments` given.
    func matches(year: Int?, agency: String?, source: String, squeezedFragments: [String]) -> Bool {
        if !years.isEmpty, !years.contains(where: { $0 == year }) { return false }
        guard !fragments.isEmpty else { return true }
        let name = Self.squeezed(agency ?? source)
        return fragments.indices.allSatisfy { index in
            name.containsBytes(of: squeezedFragments[index]) || Self.fileName(of: source).containsBytes(of: fragments[index])
        }
    }

    private static func fileName(of source: String) -> Substring {
        source.lastIndex(of: "/").map { source[source.index(after: $0)...] } ?? source[...]
    }

    /// Names are compared without spaces, so `西高皇 街道` finds `西高皇街道`. Most names have none to take out.
    private static func squeezed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isSpace) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isSpace }))
    }
}
