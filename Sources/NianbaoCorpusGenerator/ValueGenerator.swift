import NianbaoModel

/// Makes the printed values of one report's tables: first the rows, then every total from them, so that
/// each arithmetic rule of 表三 and 表四 holds.
struct ValueGenerator {
    /// The applicant columns of 表三 other than 总计.
    static let applicants = ["natural", "business", "research", "nonprofit", "legal", "org_other"]
    /// The columns of each 表四 block other than 总计.
    static let outcomes = ["upheld", "corrected", "other", "pending"]

    /// Every cell of 表二, 表三 and 表四 in template order, with its printed value.
    static func values(version: TemplateVersion, history: inout AgencyHistory, rng: inout SplitMix64) -> [(key: FieldKey, value: String)] {
        table2(version, &history, &rng) + table3(version, &history, &rng) + table4(&rng)
    }

    /// 表二: documents and decisions; money as yuan-and-fen amounts.
    private static func table2(_ version: TemplateVersion, _ history: inout AgencyHistory, _ rng: inout SplitMix64) -> [(key: FieldKey, value: String)] {
        var out: [(key: FieldKey, value: String)] = []
        func put(_ row: String, _ column: String, _ value: String) { out.append((FieldKey(.t2, row, column), value)) }
        let scale = history.scale
        switch version {
        case .v2021:
            for (index, row) in ["regulations", "normative"].enumerated() {
                let issued = rng.chance(index == 0 ? 0.9 : 0.5) ? 0 : 1 + rng.below(3)
                let repealed = rng.below(min(history.inForce[index], 2) + 1)
                history.inForce[index] += issued - repealed
                put(row, "issued", "\(issued)")
                put(row, "repealed", "\(repealed)")
                put(row, "in_force", "\(history.inForce[index])")
            }
            put("licensing", "decisions", "\(rng.skewedCount(zeroChance: 0.3, scale: 30 * scale))")
            put("penalty", "decisions", "\(rng.skewedCount(zeroChance: 0.3, scale: 20 * scale))")
            put("coercion", "decisions", "\(rng.skewedCount(zeroChance: 0.6, scale: 2 * scale))")
            put("fees", "amount", money(&rng))
        case .v2019:
            for row in ["regulations", "normative"] {
                let made = rng.chance(0.6) ? 0 : 1 + rng.below(4)
                let published = made - rng.below(made + 1) / 2
                put(row, "made", "\(made)")
                put(row, "published", "\(published)")
                put(row, "public_total", "\(published + rng.below(30))")
            }
            for row in ["licensing", "other_services", "penalty", "coercion"] {
                put(row, "prior_items", "\(rng.below(40))")
                put(row, "change", "\(rng.below(7) - 3)")
                put(row, "decisions", "\(rng.skewedCount(zeroChance: 0.4, scale: 10 * scale))")
            }
            put("fees", "prior_items", "\(rng.below(5))")
            put("fees", "change", "\(rng.below(3) - 1)")
            put("procurement", "projects", "\(rng.below(20))")
            put("procurement", "amount", money(&rng))
        }
        return out
    }

    /// 表三: per applicant column new and carried-in applications, split among the result rows, part carried
    /// forward; then each row's 总计 column and the （七）总计 row.
    private static func table3(_ version: TemplateVersion, _ history: inout AgencyHistory, _ rng: inout SplitMix64) -> [(key: FieldKey, value: String)] {
        let template = TableTemplate.template(.t3, version)
        let rowKeys = template.rows.map(\.key)
        let resultRows = Array(rowKeys.drop { $0 != "granted" }.prefix { $0 != "total" })
        let common = resultRows.filter { ["partial", "unavailable_not_held", "ignored_repeat", "other_misc", "other"].contains($0) }
        var grid: [String: [Int]] = Dictionary(uniqueKeysWithValues: rowKeys.map { ($0, [Int](repeating: 0, count: 6)) })
        for column in 0..<6 {
            let new = rng.skewedCount(zeroChance: column == 0 ? 0.2 : 0.85, scale: column == 0 ? 2 * history.scale : 3)
            let carriedIn = history.carriedForward[column]
            let available = new + carriedIn
            let carriedForward = available > 0 && rng.chance(0.25) ? rng.below(min(available, 3) + 1) : 0
            var remaining = available - carriedForward
            let granted = remaining * (50 + rng.below(41)) / 100
            grid["granted"]![column] = granted
            remaining -= granted
            for row in resultRows.dropFirst() where remaining > 0 && rng.chance(0.15) {
                let part = rng.below(remaining + 1) / 2
                grid[row]![column] += part
                remaining -= part
            }
            grid[common[rng.below(common.count)]]![column] += remaining
            grid["new"]![column] = new
            grid["carried_in"]![column] = carriedIn
            grid["carried_forward"]![column] = carriedForward
            grid["total"]![column] = resultRows.reduce(0) { $0 + grid[$1]![column] }
            history.carriedForward[column] = carriedForward
        }
        var out: [(key: FieldKey, value: String)] = []
        for row in rowKeys {
            let numbers = grid[row]!
            for (column, name) in applicants.enumerated() { out.append((FieldKey(.t3, row, name), "\(numbers[column])")) }
            out.append((FieldKey(.t3, row, "total"), "\(numbers.reduce(0, +))"))
        }
        return out
    }

    /// 表四: each block's outcomes, then its 总计.
    private static func table4(_ rng: inout SplitMix64) -> [(key: FieldKey, value: String)] {
        var out: [(key: FieldKey, value: String)] = []
        for block in ["review", "suit_direct", "suit_after_review"] {
            let numbers = outcomes.map { _ in rng.skewedCount(zeroChance: 0.85, scale: 3) }
            for (name, number) in zip(outcomes, numbers) { out.append((FieldKey(.t4, block, name), "\(number)")) }
            out.append((FieldKey(.t4, block, "total"), "\(numbers.reduce(0, +))"))
        }
        return out
    }

    /// A money amount: often 0, otherwise yuan (万元) with up to two decimals.
    private static func money(_ rng: inout SplitMix64) -> String {
        if rng.chance(0.6) { return "0" }
        let fen = 1 + rng.below(500_000)
        return fen % 100 == 0 ? "\(fen / 100)" : "\(fen / 100).\(fen % 100 < 10 ? "0" : "")\(fen % 100)"
    }
}
