import NianbaoModel

/// Reads what a printed cell means: a number (with unit or note), blank, `/`-like, or text.
enum CellValueReader {
    static let notApplicableForms: Set<String> = ["/", "／", "-", "－", "—", "——", "--", "－－", "\\", "无", "不适用", "暂无", "—-"]
    private static let units: [String] = ["万元", "元", "件", "个", "项", "条", "次", "人", "家"]

    /// The cell read from its printed text (already trimmed).
    static func read(_ raw: String, line: Int, column: Int) -> Cell {
        guard !raw.isEmpty else { return Cell(kind: .blank, raw: raw, line: line, column: column) }
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
        // The forms of `/` are all short: longer text skips the set's hashing.
        raw.isEmpty || (raw.utf8.count <= 9 && notApplicableForms.contains(raw)) || number(in: raw) != nil
    }

    /// A leading number, optionally followed by a unit and a parenthesised note; nil otherwise.
    static func number(in raw: String) -> DecimalNumber? {
        // Most cells are plain ASCII digits: read those straight from the bytes.
        if !raw.isEmpty, raw.utf8.count <= 18, raw.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return DecimalNumber(significand: raw.utf8.reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) })
        }
        // Anything else starts with a digit, a sign or a full-width digit, or is not a number.
        guard let first = raw.unicodeScalars.first, first.value < 0x80 ? ("0"..."9").contains(first) || "+-".unicodeScalars.contains(first)
                : (0xFF10...0xFF19).contains(first.value) || first == "＋" || first == "－" || first == "\u{2212}" else { return nil }
        var plain = ""
        var rest = Substring(raw)
        var sawDigit = false
        while let character = rest.first {
            let scalar = LabelText.fold(character.unicodeScalars.first!)
            if character.unicodeScalars.count == 1, scalar.properties.numericType == .decimal, scalar.isASCII {
                plain.unicodeScalars.append(scalar)
                sawDigit = true
            } else if scalar == "+" || scalar == "-" || scalar == "\u{2212}", plain.isEmpty {
                // U+2212 is the minus sign some word processors print.
                plain.append(scalar == "+" ? "+" : "-")
            } else if scalar == ".", sawDigit {
                plain.append(".")
            } else if scalar == ",", sawDigit, isThousandsSeparator(before: rest.dropFirst()) {
                // 1,234: the comma is grouping, not a separator between two cells
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        guard sawDigit, let number = DecimalNumber(plain) else { return nil }
        rest = rest.drop { $0.isWhitespace }
        if let unit = units.first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(unit.count).drop { $0.isWhitespace }
        }
        if let open = rest.first, open == "（" || open == "(" {
            guard let close = rest.last, close == "）" || close == ")" else { return nil }
            rest = ""
        }
        return rest.isEmpty ? number : nil
    }

    private static func isThousandsSeparator(before rest: Substring) -> Bool {
        let digits = rest.prefix { LabelText.fold($0.unicodeScalars.first!).properties.numericType == .decimal }
        return digits.count == 3 && (rest.count == 3 || !(rest.dropFirst(3).first?.isNumber ?? false))
    }
}
