/// Character references in page text: `&nbsp;`, `&amp;`, `&ldquo;`, `&#20013;`, `&#x4E2D;`.
enum HTMLEntity {
    /// Reads the reference at `start` (which holds `&`) within `start..<end`: the character and the number of
    /// bytes it takes; nil when the text there is not a reference (it is then kept as printed).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            return decodeNumeric(bytes, at: start, end: end)
        }
        var key: UInt64 = 0
        let nameStart = index
        while index < end, index - nameStart < 9, isAlphanumeric(bytes[index]) {
            key = key << 8 | UInt64(bytes[index])
            index += 1
        }
        let nameLength = index - nameStart
        guard nameLength > 0, nameLength <= 8, let value = named[key] else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ";") {
            return (Unicode.Scalar(value)!, index + 1 - start)
        }
        // Old pages write `&nbsp` and `&copy` without the semicolon; browsers read the Latin-1 names so.
        guard legacy.contains(key), index == end || bytes[index] != UInt8(ascii: "=") else { return nil }
        return (Unicode.Scalar(value)!, index - start)
    }

    private static func decodeNumeric(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var index = start + 2
        let isHex = index < end && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if isHex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, let digit = digitValue(bytes[index], hexadecimal: isHex) {
            // Past the last code point the value only needs to stay out of range.
            value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (scalar(forCodePoint: value), index - start)
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// What browsers show for a numeric reference: Windows-1252 for the C1 range, U+FFFD for what is no character.
    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[value] { return Unicode.Scalar(mapped)! }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        default: false
        }
    }

    private static func key(_ name: String) -> UInt64 { name.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    private static let named: [UInt64: UInt32] = Dictionary(uniqueKeysWithValues: names.map { (key($0.0), $0.1) })

    private static let legacy: Set<UInt64> = Set(legacyNames.map(key))

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The HTML 4 names and some of HTML 5's punctuation names (none is longer than eight letters).
    private static let names: [(String, UInt32)] = [
        ("AElig", 0xC6), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Agrave", 0xC0), ("Alpha", 0x391), ("Aring", 0xC5),
        ("Atilde", 0xC3), ("Auml", 0xC4), ("Beta", 0x392), ("Ccedil", 0xC7), ("Chi", 0x3A7), ("Dagger", 0x2021),
        ("Delta", 0x394), ("ETH", 0xD0), ("Eacute", 0xC9), ("Ecirc", 0xCA), ("Egrave", 0xC8), ("Epsilon", 0x395),
        ("Eta", 0x397), ("Euml", 0xCB), ("Gamma", 0x393), ("Iacute", 0xCD), ("Icirc", 0xCE), ("Igrave", 0xCC),
        ("Iota", 0x399), ("Iuml", 0xCF), ("Kappa", 0x39A), ("Lambda", 0x39B), ("Mu", 0x39C), ("NewLine", 0xA),
        ("Ntilde", 0xD1), ("Nu", 0x39D), ("OElig", 0x152), ("Oacute", 0xD3), ("Ocirc", 0xD4), ("Ograve", 0xD2),
        ("Omega", 0x3A9), ("Omicron", 0x39F), ("Oslash", 0xD8), ("Otilde", 0xD5), ("Ouml", 0xD6), ("Phi", 0x3A6),
        ("Pi", 0x3A0), ("Prime", 0x2033), ("Psi", 0x3A8), ("Rho", 0x3A1), ("Scaron", 0x160), ("Sigma", 0x3A3),
        ("THORN", 0xDE), ("Tab", 0x9), ("Tau", 0x3A4), ("Theta", 0x398), ("Uacute", 0xDA), ("Ucirc", 0xDB),
        ("Ugrave", 0xD9), ("Upsilon", 0x3A5), ("Uuml", 0xDC), ("Xi", 0x39E), ("Yacute", 0xDD), ("Yuml", 0x178),
        ("Zeta", 0x396), ("aacute", 0xE1), ("acirc", 0xE2), ("acute", 0xB4), ("aelig", 0xE6), ("agrave", 0xE0),
        ("alefsym", 0x2135), ("alpha", 0x3B1), ("amp", 0x26), ("and", 0x2227), ("ang", 0x2220), ("apos", 0x27),
        ("aring", 0xE5), ("ast", 0x2A), ("asymp", 0x2248), ("atilde", 0xE3), ("auml", 0xE4), ("bdquo", 0x201E),
        ("beta", 0x3B2), ("brvbar", 0xA6), ("bsol", 0x5C), ("bull", 0x2022), ("bullet", 0x2022), ("cap", 0x2229),
        ("ccedil", 0xE7), ("cedil", 0xB8), ("cent", 0xA2), ("check", 0x2713), ("chi", 0x3C7), ("cir", 0x25CB),
        ("circ", 0x2C6), ("clubs", 0x2663), ("colon", 0x3A), ("comma", 0x2C), ("commat", 0x40), ("cong", 0x2245),
        ("copy", 0xA9), ("crarr", 0x21B5), ("cross", 0x2717), ("cup", 0x222A), ("curren", 0xA4), ("dArr", 0x21D3),
        ("dagger", 0x2020), ("darr", 0x2193), ("dash", 0x2010), ("deg", 0xB0), ("delta", 0x3B4), ("diams", 0x2666),
        ("divide", 0xF7), ("dollar", 0x24), ("eacute", 0xE9), ("ecirc", 0xEA), ("egrave", 0xE8), ("empty", 0x2205),
        ("emsp", 0x2003), ("emsp13", 0x2004), ("emsp14", 0x2005), ("ensp", 0x2002), ("epsilon", 0x3B5),
        ("equals", 0x3D), ("equiv", 0x2261), ("eta", 0x3B7), ("eth", 0xF0), ("euml", 0xEB), ("euro", 0x20AC),
        ("excl", 0x21), ("exist", 0x2203), ("fnof", 0x192), ("forall", 0x2200), ("frac12", 0xBD), ("frac14", 0xBC),
        ("frac34", 0xBE), ("frasl", 0x2044), ("gamma", 0x3B3), ("ge", 0x2265), ("gt", 0x3E), ("hArr", 0x21D4),
        ("hairsp", 0x200A), ("harr", 0x2194), ("hearts", 0x2665), ("hellip", 0x2026), ("horbar", 0x2015),
        ("hyphen", 0x2010), ("iacute", 0xED), ("icirc", 0xEE), ("iexcl", 0xA1), ("igrave", 0xEC), ("image", 0x2111),
        ("infin", 0x221E), ("int", 0x222B), ("iota", 0x3B9), ("iquest", 0xBF), ("isin", 0x2208), ("iuml", 0xEF),
        ("kappa", 0x3BA), ("lArr", 0x21D0), ("lambda", 0x3BB), ("lang", 0x2329), ("laquo", 0xAB), ("larr", 0x2190),
        ("lceil", 0x2308), ("ldquo", 0x201C), ("ldquor", 0x201E), ("le", 0x2264), ("lfloor", 0x230A),
        ("lowast", 0x2217), ("lowbar", 0x5F), ("loz", 0x25CA), ("lpar", 0x28), ("lrm", 0x200E), ("lsaquo", 0x2039),
        ("lsqb", 0x5B), ("lsquo", 0x2018), ("lsquor", 0x201A), ("lt", 0x3C), ("macr", 0xAF), ("mdash", 0x2014),
        ("micro", 0xB5), ("middot", 0xB7), ("minus", 0x2212), ("mu", 0x3BC), ("nabla", 0x2207), ("nbsp", 0xA0),
        ("ndash", 0x2013), ("ne", 0x2260), ("ni", 0x220B), ("not", 0xAC), ("notin", 0x2209), ("nsub", 0x2284),
        ("ntilde", 0xF1), ("nu", 0x3BD), ("num", 0x23), ("numsp", 0x2007), ("oacute", 0xF3), ("ocirc", 0xF4),
        ("oelig", 0x153), ("ograve", 0xF2), ("oline", 0x203E), ("omega", 0x3C9), ("omicron", 0x3BF), ("oplus", 0x2295),
        ("or", 0x2228), ("ordf", 0xAA), ("ordm", 0xBA), ("oslash", 0xF8), ("otilde", 0xF5), ("otimes", 0x2297),
        ("ouml", 0xF6), ("para", 0xB6), ("part", 0x2202), ("percnt", 0x25), ("period", 0x2E), ("permil", 0x2030),
        ("perp", 0x22A5), ("phi", 0x3C6), ("pi", 0x3C0), ("piv", 0x3D6), ("plus", 0x2B), ("plusmn", 0xB1),
        ("pound", 0xA3), ("prime", 0x2032), ("prod", 0x220F), ("prop", 0x221D), ("psi", 0x3C8), ("puncsp", 0x2008),
        ("quest", 0x3F), ("quot", 0x22), ("rArr", 0x21D2), ("radic", 0x221A), ("rang", 0x232A), ("raquo", 0xBB),
        ("rarr", 0x2192), ("rceil", 0x2309), ("rdquo", 0x201D), ("rdquor", 0x201D), ("real", 0x211C), ("reg", 0xAE),
        ("rfloor", 0x230B), ("rho", 0x3C1), ("rlm", 0x200F), ("rpar", 0x29), ("rsaquo", 0x203A), ("rsqb", 0x5D),
        ("rsquo", 0x2019), ("rsquor", 0x2019), ("sbquo", 0x201A), ("scaron", 0x161), ("sdot", 0x22C5), ("sect", 0xA7),
        ("semi", 0x3B), ("shy", 0xAD), ("sigma", 0x3C3), ("sigmaf", 0x3C2), ("sim", 0x223C), ("sol", 0x2F),
        ("spades", 0x2660), ("squ", 0x25A1), ("square", 0x25A1), ("star", 0x2606), ("starf", 0x2605), ("sub", 0x2282),
        ("sube", 0x2286), ("sum", 0x2211), ("sup", 0x2283), ("sup1", 0xB9), ("sup2", 0xB2), ("sup3", 0xB3),
        ("supe", 0x2287), ("szlig", 0xDF), ("tau", 0x3C4), ("there4", 0x2234), ("theta", 0x3B8), ("thetasym", 0x3D1),
        ("thinsp", 0x2009), ("thorn", 0xFE), ("tilde", 0x2DC), ("times", 0xD7), ("trade", 0x2122), ("uArr", 0x21D1),
        ("uacute", 0xFA), ("uarr", 0x2191), ("ucirc", 0xFB), ("ugrave", 0xF9), ("uml", 0xA8), ("upsih", 0x3D2),
        ("upsilon", 0x3C5), ("uuml", 0xFC), ("vert", 0x7C), ("weierp", 0x2118), ("xi", 0x3BE), ("yacute", 0xFD),
        ("yen", 0xA5), ("yuml", 0xFF), ("zeta", 0x3B6), ("zwj", 0x200D), ("zwnj", 0x200C),
    ]

    /// Names browsers also read without their semicolon (the Latin-1 ones).
    private static let legacyNames = [
        "AElig", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "Ccedil", "ETH", "Eacute", "Ecirc", "Egrave",
        "Euml", "Iacute", "Icirc", "Igrave", "Iuml", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml",
        "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave", "amp",
        "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg", "divide", "eacute",
        "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl", "igrave",
        "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg",
        "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml",
        "yacute", "yen", "yuml",
    ]
}
