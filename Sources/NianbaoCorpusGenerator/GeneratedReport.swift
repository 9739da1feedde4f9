import NianbaoModel

/// One report as the generator made it: who, when, which templates, every cell's printed value, and the
/// deliberate error if any. What a parser reads from the written file must equal `values`.
public struct GeneratedReport: Sendable {
    /// The agency's full name, e.g. `杭州市拱墅区统计局`.
    public let agency: String
    /// The report's year, 2019–2024.
    public let year: Int
    /// The template of 表二 and 表三 (表四 has one template).
    public let version: TemplateVersion
    /// The printed value of every cell of 表二, 表三 and 表四, in template order.
    public var values: [(key: FieldKey, value: String)]
    /// The error put in on purpose, or nil for a report that satisfies every arithmetic rule.
    public var error: DeliberateError?
    /// How the tables are printed.
    public let layout: TextLayout
    /// The encoding of the written bytes.
    public let encoding: ReportEncoding

    /// The file name the generator writes it under, e.g. `0000123.txt` or `0000123.html`.
    public let fileName: String

    /// The printed value of one cell.
    public func value(_ key: FieldKey) -> String? {
        values.first { $0.key == key }?.value
    }

    /// True when a v2019 template was used for a report of 2021 or later.
    public var isOutdated: Bool { version == .v2019 && year >= 2021 }
}
