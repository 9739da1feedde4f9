/// The comparable core of a printed label: what is left when numbering, spacing, punctuation and
/// parenthesised remarks are taken away (`（二）部分公开（区分处理的…）` → `部分公开`). The parser matches
/// rows by it and queries match fields by it.
public enum LabelText {
    public static func core(_ label: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        var depth = 0
        for scalar in withoutNumbering(label).unicodeScalars {
            let folded = fold(scalar)
            switch folded {
            case "(", "[", "【", "〔": depth += 1
            case ")", "]", "】", "〕": depth = max(0, depth - 1)
            default:
                if depth == 0, keeps(folded) { scalars.append(folded) }
            }
        }
        return String(scalars)
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

    private static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    private static let separators: Set<Character> = ["、", ".", "．", ",", "，", " "]

    /// Drops a leading ordinal: `一、`, `1.`, `1、` (parenthesised ones go with the parentheses).
    private static func withoutNumbering(_ label: some StringProtocol) -> Substring {
        let text = Substring(label).drop { $0.isWhitespace }
        let ordinal = text.prefix { numerals.contains($0) || ($0.isASCII && $0.isNumber) || ("０"..."９").contains($0) }
        guard !ordinal.isEmpty, ordinal.count <= 3 else { return text }
        let rest = text[ordinal.endIndex...]
        guard let separator = rest.first, separators.contains(separator) else { return text }
        return rest.dropFirst()
    }
}
