import NianbaoModel

/// The statistics period a report states (`统计期限自2023年1月1日起至2023年12月31日止`): evidence for the
/// report's year when its title names none.
enum StatisticsPeriod {
    /// The year the period ends in, from the first line that states a period.
    static func year(in lines: [SourceLine]) -> (year: Int, line: Int)? {
        for line in lines where line.text.containsBytes(of: "统计") && line.text.containsBytes(of: "12月31日") {
            let text = String(String.UnicodeScalarView(line.text.unicodeScalars.map { LabelText.fold($0) }))
            guard let end = text.firstRange(of: "12月31日")?.lowerBound else { continue }
            let before = text[..<end].trimmingWhitespace()
            // `…至2023年12月31日`: the four digits before 年.
            let digits = before.dropLast().suffix(4)
            if before.hasSuffix("年"), digits.count == 4, let year = Int(digits), (2000...2100).contains(year) {
                return (year, line.number)
            }
        }
        return nil
    }
}
