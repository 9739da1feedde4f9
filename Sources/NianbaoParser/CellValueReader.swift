import NianbaoModel

/// Reads what a printed cell means: a number (with unit or note), blank, `/`-like, or text.
enum CellValueReader {
    static let notApplicableForms: Set<String> = ["/", "／", "-", "－", "—", "——", "--", "－－", "\\", "无", "不适用", "暂无", "—-"]
    private static let units: [String] = ["万元", "元", "件", "个", "项", "条", "次", "人", "家"]

    /// The cell read from its printed text (already trimmed).
    static func read(_ raw: String, line: Int, column: Int) -> Cell {
        guard !raw.isEmpty else { return Cell(kind: .blank, raw: raw, line: line, column: column) }
        if let number = plainDigits(raw) {
            return Cell(kind: .number, number: number, raw: raw, line: line, column: column)
        }
        if notApplicableForms.contains(raw) {
            return Cell(kind: .notApplicable, raw: raw, line: line, column: column)
        }
        if let number = number(in: raw) {
            return Cell(kind: .number, number: number, raw: raw, line: line, column: column)
        }
        return Cell(kind: .text, raw: raw, line: line, column: column)
    }

    /// True when the text reads as a value of any kind rather than as a label.
    static func isValue(_ raw: String) -> Bool {
        // Plain digits (most values) first; the forms of `/` are all short, so longer text skips the set's hashing.
        raw.isEmpty || plainDigits(raw) != nil || (raw.utf8.count <= 9 && notApplicableForms.contains(raw)) || number(in: raw) != nil
    }

    /// The number of a cell of ASCII digits only, read straight from the bytes; nil for anything else.
    private static func plainDigits(_ raw: String) -> DecimalNumber? {
        raw.withUTF8Bytes { bytes in
            guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
            var value: Int64 = 0
            for byte in bytes {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return DecimalNumber(significand: value)
        }
    }

    /// A leading number, optionally followed by a unit and a parenthesised note; nil otherwise.
    static func number(in raw: String) -> DecimalNumber? {
        if let number = plainDigits(raw) { return number }
        // Anything else starts with a digit, a sign or a full-width digit, or is not a number.
        guard let first = raw.unicodeScalars.first, first.value < 0x80 ? ("0"..."9").contains(first) || "+-".unicodeScalars.contains(first)
                : (0xFF10...0xFF19).contains(first.value) || first == "＋" || first == "－" || first == "\u{2212}" else { return nil }
        let scalars = raw.unicodeScalars
        var plain = ""
        var index = scalars.startIndex
        var sawDigit = false
        while index < scalars.endIndex {
            let scalar = LabelText.fold(scalars[index])
            if ("0"..."9").contains(scalar) {
                plain.unicodeScalars.append(scalar)
                sawDigit = true
            } else if scalar == "+" || scalar == "-" || scalar == "\u{2212}", plain.isEmpty {
                // U+2212 is the minus sign some word processors print.
                plain.append(scalar == "+" ? "+" : "-")
            } else if scalar == ".", sawDigit {
                plain.append(".")
            } else if scalar == ",", sawDigit, isThousandsSeparator(before: scalars[scalars.index(after: index)...]) {
                // 1,234: the comma is grouping, not a separator between two cells
            } else {
                break
            }
            scalars.formIndex(after: &index)
        }
        guard sawDigit else { return nil }
        // What may follow: spaces, a unit, a parenthesised note. Checked before the number is built, as labels
        // such as `1.属于国家秘密` start like one.
        var rest = raw[index...].drop { $0.isWhitespace }
        if let unit = units.first(where: { rest.utf8.starts(with: $0.utf8) }) {
            rest = rest.dropFirst(unit.count).drop { $0.isWhitespace }
        }
        if let open = rest.first {
            guard open == "（" || open == "(", let close = rest.last, close == "）" || close == ")" else { return nil }
        }
        return DecimalNumber(plain)
    }

    private static func isThousandsSeparator(before rest: Substring.UnicodeScalarView) -> Bool {
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(LabelText.fold(scalar)) }
        // Exactly three digits, and no other numeral after them.
        return rest.prefix(4).prefix(while: isDigit).count == 3 && rest.dropFirst(3).first?.properties.numericType == nil
    }
}
