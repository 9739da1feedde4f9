import NianbaoModel

/// A number the narrative states (`受理…申请6件`, `未发生…行政复议` as 0), to be held against the tables.
struct NarrativeClaim {
    let sentence: NarrativeSentence
    /// Where the phrase starts in the sentence.
    let position: Int
    let stated: Int

    /// A warning when no reading of the tables gives the stated number; nil when one does, or when a cell of the
    /// first reading is not a number (the check cannot be made, and a heuristic does not report that).
    ///
    /// - Parameter readings: the sums of cells the text may mean, most likely first; a later reading is the first
    ///   with cells added (`new`, then `new + carried_in`).
    func check(against readings: [[FieldKey]], in report: Report, rule: RuleDescription, options: ValidationOptions) -> Finding? {
        var usedBlankAsZero = false
        func value(_ key: FieldKey) -> DecimalNumber? {
            let cell = report[key] ?? .missing
            if let value = cell.value { return value }
            guard cell.kind == .blank, options.blankAsZero else { return nil }
            usedBlankAsZero = true
            return .zero
        }
        let sums = readings.map { keys in
            keys.reduce(DecimalNumber?.some(.zero)) { sum, key in sum.flatMap { sum in value(key).map { sum + $0 } } }
        }
        guard let first = readings.first, let firstSum = sums.first ?? nil else { return nil }
        let stated = DecimalNumber(stated)
        guard !sums.contains(where: { $0 == stated }) else { return nil }

        let template = report[first[0].table].template
        func label(_ key: FieldKey) -> String { "‘\(template.displayLabel(of: key))’" }
        var involved = first
        var said = first.count == 1
            ? "\(label(first[0])) is \(firstSum)"
            : "\(first.map(label).joined(separator: " + ")) is \(first.map { "\(value($0)!)" }.joined(separator: " + ")) = \(firstSum)"
        for (keys, sum) in zip(readings.dropFirst(), sums.dropFirst()) {
            guard let sum, sum != firstSum else { continue }
            let added = keys.filter { !first.contains($0) }
            involved += added.filter { !involved.contains($0) }
            said += ", and with \(added.map { "\(label($0)) \(value($0)!)" }.joined(separator: " and ")) it is \(sum)"
        }
        return Finding(rule: rule, report: report, cells: involved,
                       message: "the text says ‘\(sentence.quote(around: position))’ (\(stated)) but \(first[0].table.chineseName) \(said)"
                           + (usedBlankAsZero ? " (blank cells read as 0)" : ""),
                       expected: "\(firstSum)", found: "\(stated)", line: sentence.line, blankAsZero: usedBlankAsZero)
    }
}
