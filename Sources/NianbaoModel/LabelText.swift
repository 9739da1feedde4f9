/// The comparable core of a printed label: what is left when numbering, spacing, punctuation and
/// parenthesised remarks are taken away (`（二）部分公开（区分处理的…）` → `部分公开`). The parser matches
/// rows by it and queries match fields by it.
public enum LabelText {
    public static func core(_ label: String) -> String {
        core(label[...])
    }

    // Not generic: called across modules for every cell of every report, where a generic body runs unspecialised.
    public static func core(_ label: Substring) -> String {
        let scalars = label.unicodeScalars
        var utf8: [UInt8] = []
        utf8.reserveCapacity(label.utf8.count)
        var depth = 0
        for scalar in scalars[afterNumbering(scalars)...] {
            let folded = fold(scalar)
            switch folded {
            case "(", "[", "【", "〔": depth += 1
            case ")", "]", "】", "〕": depth = max(0, depth - 1)
            default:
                if depth == 0, keeps(folded) { UTF8.encode(folded) { utf8.append($0) } }
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Full-width ASCII forms to ASCII, so `（` and `(`, `１` and `1` compare equal.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000, 0xA0: " "
        default: scalar
        }
    }

    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        // CJK ideographs first: nearly all of the text, and the Unicode property lookup below is slow.
        if (0x4E00...0x9FFF).contains(scalar.value) { return true }
        switch scalar {
        case " ", "\t", "\n", "\r", "、", "，", ",", "。", "：", ":", "；", ";", "“", "”", "\"", "'", "‘", "’", "《", "》", "·", ".", "/", "-", "—":
            return false
        default:
            return scalar.value < 0x80 || !scalar.properties.isWhitespace
        }
    }

    /// Where the label starts once a leading ordinal (`一、`, `1.`, `1、`) is dropped; parenthesised ones go
    /// with the parentheses. Works on scalars: labels are asked for their core very often.
    private static func afterNumbering(_ scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView.Index {
        let text = scalars.firstIndex { !$0.isSpace } ?? scalars.endIndex
        var end = text, length = 0
        while end < scalars.endIndex, isOrdinal(scalars[end]) {
            scalars.formIndex(after: &end)
            length += 1
        }
        guard length > 0, length <= 3, end < scalars.endIndex, isOrdinalSeparator(scalars[end]) else { return text }
        return scalars.index(after: end)
    }

    private static func isOrdinal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "０"..."９", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    private static func isOrdinalSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", ".", "．", ",", "，", " ": true
        default: false
        }
    }
}
