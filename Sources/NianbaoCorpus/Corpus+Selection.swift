import NianbaoModel

extension Corpus {
    /// The reports a selector names, in load order.
    public func select(_ selector: Selector) -> [Report] {
        // Every report: the corpus's own array, shared rather than copied report by report.
        guard !selector.isEmpty else { return reports }
        // Tested by the fields a selector reads: handing it each report would copy every one.
        let squeezed = selector.squeezedFragments
        return reports.indices.filter {
            selector.matches(year: reports[$0].year, agency: reports[$0].agency, source: reports[$0].source, squeezedFragments: squeezed)
        }.map { reports[$0] }
    }

    /// The one report a selector names.
    /// - Throws: `SelectionError` when it names none or several.
    public func selectOne(_ selector: Selector) throws(SelectionError) -> Report {
        let matches = select(selector)
        guard let first = matches.first else { throw .noMatch(selector) }
        guard matches.count == 1 else { throw .ambiguous(selector, candidates: matches.map { "\($0.displayName)  (\($0.source))" }) }
        return first
    }
}
