/// The sums a row's values must satisfy, used to split digits that ran together.
enum RowArithmetic {
    /// Nothing is known (表二).
    case none
    /// The last value is the sum of the others (表三: six applicant columns and 总计).
    case lastIsSum
    /// Blocks of five whose last is the sum of the four before (表四: 维持, 纠正, 其他, 尚未审结, 总计).
    case blocksOfFive

    func holds(_ values: [Int]) -> Bool {
        switch self {
        case .none:
            return true
        case .lastIsSum:
            return values.dropLast().reduce(0, +) == values.last
        case .blocksOfFive:
            guard values.count % 5 == 0 else { return false }
            return stride(from: 0, to: values.count, by: 5).allSatisfy { start in
                values[start..<(start + 4)].reduce(0, +) == values[start + 4]
            }
        }
    }
}
