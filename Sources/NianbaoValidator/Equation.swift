import NianbaoModel

/// `left₁ + left₂ + … = right₁ + …` over the cells of one table: the shape of every arithmetic rule. Built
/// once per template with each key's position among the table's cells, since every report checks the same ones.
struct Equation: Sendable {
    let left: [FieldKey]
    let right: [FieldKey]
    /// The position of each key of `left + right` in the template's cells; nil where it has no such cell.
    private let positions: [Int?]
    /// Says in words what is being added up (`row ‘（七）总计’`), for the message.
    private let subject: String

    init(in template: TableTemplate, left: [FieldKey], right: [FieldKey], subject: String) {
        self.left = left
        self.right = right
        positions = (left + right).map(template.index(of:))
        self.subject = subject
    }

    /// A finding when the two sides differ or cannot be added up; nil when they agree. `table` is the report's
    /// table of the template the equation was built in.
    func check(_ table: Table, of report: Report, rule: RuleDescription, options: ValidationOptions) -> Finding? {
        // Nearly every equation holds numbers only, and adds up: told without building cells or arrays.
        if let (leftSum, rightSum) = sumsOfNumbers(in: table.cells), leftSum == rightSum { return nil }
        var unreadable: [(FieldKey, Cell)] = []
        var usedBlankAsZero = false
        // One value per key, in the order of `left + right`.
        var values: [DecimalNumber] = []
        values.reserveCapacity(positions.count)
        for (index, position) in positions.enumerated() {
            // Nearly every term is a number: read it without building the cell.
            if let position, let value = table.cells.value(at: position) {
                values.append(value)
                continue
            }
            let cell = position.map { table.cells[$0] } ?? .missing
            if let operand = cell.operand(options: options) {
                values.append(operand.value)
                usedBlankAsZero = usedBlankAsZero || operand.blankReadAsZero
            } else {
                values.append(.zero)
                unreadable.append((index < left.count ? left[index] : right[index - left.count], cell))
            }
        }
        if !unreadable.isEmpty {
            let reasons = unreadable.map { key, cell in
                "‘\(table.template.displayLabel(of: key))’ is \(Self.describe(cell))"
            }
            return Finding(rule: rule, outcome: .notAssessable, report: report, cells: unreadable.map(\.0),
                           message: "\(subject) cannot be checked: \(reasons.joined(separator: "; "))",
                           blankAsZero: options.blankAsZero)
        }
        let leftValues = values[..<left.count], rightValues = values[left.count...]
        let leftSum = leftValues.reduce(DecimalNumber.zero, +)
        let rightSum = rightValues.reduce(DecimalNumber.zero, +)
        guard leftSum != rightSum else { return nil }
        // Long sums are spelled with their non-zero terms only: `1 + 1 (+ 19 zeros) = 2`.
        func spelled(_ terms: ArraySlice<DecimalNumber>, _ sum: DecimalNumber) -> String {
            guard terms.count > 1 else { return "\(sum)" }
            let shown = terms.count > 4 ? terms.filter { $0 != .zero } : Array(terms)
            let zeros = terms.count - shown.count
            let spelled = shown.isEmpty ? "0" : shown.map(\.description).joined(separator: " + ")
            return spelled + (zeros > 0 ? " (+ \(zeros) zero\(zeros == 1 ? "" : "s"))" : "") + " = \(sum)"
        }
        return Finding(rule: rule, report: report, cells: keys,
                       message: "\(subject): \(spelled(leftValues, leftSum)) but \(spelled(rightValues, rightSum))"
                           + (usedBlankAsZero ? " (blank cells read as 0)" : ""),
                       expected: "\(leftSum)", found: "\(rightSum)", blankAsZero: usedBlankAsZero)
    }

    /// The two sides' sums when every term is a number; nil when one is not.
    private func sumsOfNumbers(in cells: CellList) -> (DecimalNumber, DecimalNumber)? {
        var sums = (DecimalNumber.zero, DecimalNumber.zero)
        for index in positions.indices {
            guard let position = positions[index], let value = cells.value(at: position) else { return nil }
            if index < left.count { sums.0 = sums.0 + value } else { sums.1 = sums.1 + value }
        }
        return sums
    }

    private var keys: [FieldKey] { left + right }

    static func describe(_ cell: Cell) -> String {
        switch cell.kind {
        case .number: "‘\(cell.raw)’"
        case .blank: "blank"
        case .notApplicable: "‘\(cell.raw)’ (not applicable)"
        case .text: "text ‘\(cell.raw)’"
        case .missing: cell.isDoubtful ? "unreadable (see the parser's notices)" : "not printed"
        }
    }
}
