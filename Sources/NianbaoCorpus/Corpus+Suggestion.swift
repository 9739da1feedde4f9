import NianbaoModel

extension Corpus {
    /// A selector close to one that names no report: each fragment found in no name replaced by the agency name
    /// it is a typo of (`拱墅区统计屋` → `杭州市拱墅区统计局`), and a year the named agency has no report for
    /// replaced by the nearest year it has one for. Nil when nothing close names a report.
    public func suggestion(for selector: Selector) -> Selector? {
        let agencies = Array(Set(reports.compactMap(\.agency))).sorted()
        var fragments: [String] = []
        for fragment in selector.fragments {
            if reports.contains(where: Selector(years: [], fragments: [fragment]).matches) {
                fragments.append(fragment)
                continue
            }
            // One character is a typo of anything.
            guard fragment.count >= 2 else { return nil }
            let allowed = max(1, fragment.count / 3)
            // A fragment longer than a name by more than the typos allowed is no typo of it (a pasted page, a
            // runaway line): skipping it keeps such lines from costing time that grows with the name.
            let scored = agencies.filter { fragment.count - $0.count <= allowed }
                .map { ($0, EditDistance.withinText(fragment, $0)) }.filter { $0.1 <= allowed }
            guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
            fragments.append(best.0)
        }
        let named = select(Selector(years: [], fragments: fragments))
        guard !named.isEmpty else { return nil }
        var years = selector.years
        let available = Set(named.compactMap(\.year))
        // A year alone is not corrected: any other year would be a guess, and `list` shows them all.
        if !years.isEmpty, !fragments.isEmpty, !years.contains(where: available.contains) {
            guard let nearest = available.min(by: { abs($0 - years[0]) < abs($1 - years[0]) }) else { return nil }
            years = [nearest]
        }
        let suggested = Selector(years: years, fragments: fragments)
        return suggested != selector && !select(suggested).isEmpty ? suggested : nil
    }
}
