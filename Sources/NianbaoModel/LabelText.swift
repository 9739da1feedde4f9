/// The comparable core of a printed label: what is left when numbering, spacing, punctuation and
/// parenthesised remarks are taken away (`（二）部分公开（区分处理的…）` → `部分公开`). The parser matches
/// rows by it and queries match fields by it.
public enum LabelText {
    public static func core(_ label: String) -> String {
        var label = label
        return label.withUTF8(core(utf8:))
    }

    public static func core(_ label: Substring) -> String {
        var label = label
        return label.withUTF8(core(utf8:))
    }

    /// Works on the bytes: called for nearly every cell of every report. The core is never longer than the
    /// label (folding only shortens), and is built in a scratch buffer so that a short one needs no allocation.
    private static func core(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            var count = 0
            var depth = 0
            var index = afterNumbering(bytes)
            while index < bytes.count {
                let folded = fold(bytes.scalar(at: &index))
                switch folded {
                case "(", "[", "【", "〔": depth += 1
                case ")", "]", "】", "〕": depth = max(0, depth - 1)
                default:
                    guard depth == 0, keeps(folded) else { continue }
                    UTF8.encode(folded) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
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
        // CJK ideographs first: nearly all of the text.
        if (0x4E00...0x9FFF).contains(scalar.value) { return true }
        switch scalar {
        case " ", "\t", "\n", "\r", "、", "，", ",", "。", "：", ":", "；", ";", "“", "”", "\"", "'", "‘", "’", "《", "》", "·", ".", "/", "-", "—":
            return false
        default:
            return !scalar.isSpace
        }
    }

    /// Where the label starts once a leading ordinal (`一、`, `1.`, `1、`) is dropped; parenthesised ones go
    /// with the parentheses.
    private static func afterNumbering(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var text = 0
        while text < bytes.count {
            var next = text
            guard bytes.scalar(at: &next).isSpace else { break }
            text = next
        }
        var end = text, length = 0
        while end < bytes.count {
            var next = end
            guard isOrdinal(bytes.scalar(at: &next)) else { break }
            end = next
            length += 1
        }
        guard length > 0, length <= 3, end < bytes.count else { return text }
        var next = end
        return isOrdinalSeparator(bytes.scalar(at: &next)) ? next : text
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
