/// The elements the web page reader treats specially; every other tag (`span`, `font`, `a`, `o:p`, `b`…)
/// is inline, so only its text counts.
enum HTMLTag: UInt8 {
    /// Any tag not listed: inline, ignored.
    case other
    /// Ends a line of text: `p`, `div`, `h1`–`h6`, `li`, `section`…
    case block
    /// `br`: ends a line (inside a table cell, a space where the text needs one).
    case lineBreak
    case table
    /// `tr`.
    case row
    /// `td` or `th`.
    case cell
    /// `thead`, `tbody`, `tfoot`: they close an open row.
    case rowGroup
    case caption
    /// `pre`, `listing`: whitespace and line breaks kept.
    case preformatted
    /// `title`: its text is the page title, never part of the body.
    case title
    /// Elements whose content is not page text and is skipped up to their end tag: `script`, `style`…
    case script, style, noscript, template, xml, iframe, textarea, noembed, noframes
    /// `meta`, for the declared character set.
    case meta

    /// True for the elements whose content is skipped unread up to the matching end tag.
    var isRawText: Bool {
        switch self {
        case .script, .style, .noscript, .template, .xml, .iframe, .textarea, .noembed, .noframes: true
        default: false
        }
    }

    /// The tag a lower-cased name stands for; `.other` for names the reader does not know.
    static func named(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard name.count <= 10 else { return .other }
        if name.count > 8 {
            return equal(name, "blockquote") || equal(name, "figcaption") ? .block : .other
        }
        var key: UInt64 = 0
        for byte in name { key = key << 8 | UInt64(byte) }
        return byKey[key] ?? .other
    }

    private static func equal(_ name: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        name.count == text.utf8CodeUnitCount && name.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static let blockNames = [
        "address", "article", "aside", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "main", "menu", "nav", "ol", "optgroup", "option", "p", "section", "select",
        "summary", "ul",
    ]

    private static let byKey: [UInt64: HTMLTag] = {
        var names: [(String, HTMLTag)] = blockNames.map { ($0, .block) }
        names += [
            ("br", .lineBreak), ("table", .table), ("tr", .row), ("td", .cell), ("th", .cell),
            ("thead", .rowGroup), ("tbody", .rowGroup), ("tfoot", .rowGroup), ("caption", .caption),
            ("pre", .preformatted), ("listing", .preformatted), ("title", .title), ("script", .script),
            ("style", .style), ("noscript", .noscript), ("template", .template), ("xml", .xml),
            ("iframe", .iframe), ("textarea", .textarea), ("noembed", .noembed), ("noframes", .noframes),
            ("meta", .meta),
        ]
        var table: [UInt64: HTMLTag] = [:]
        for (name, tag) in names {
            table[name.utf8.reduce(0) { $0 << 8 | UInt64($1) }] = tag
        }
        return table
    }()
}
