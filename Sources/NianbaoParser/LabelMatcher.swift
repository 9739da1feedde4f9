import NianbaoModel

/// Finds which template row a printed label names, across both template versions of a table.
struct LabelMatcher {
    struct Candidate: Equatable {
        let rowKey: String
        /// The versions that have this row.
        let versions: Set<TemplateVersion>
    }

    enum Match {
        case exact(Candidate)
        /// Matched only by a prefix or suffix of the label: the cell is doubtful.
        case loose(Candidate)

        var candidate: Candidate {
            switch self {
            case .exact(let candidate), .loose(let candidate): candidate
            }
        }
    }

    private var byCore: [CoreKey: [Candidate]] = [:]
    /// Every label's core as scalars, in template order, for loose and typo matching.
    private var cores: [(scalars: [Unicode.Scalar], candidate: Candidate)] = []
    /// Cores of the column and measure labels, which mark header rows.
    private let columnCores: Set<CoreKey>

    /// The matcher of a table, built once.
    static func shared(_ table: TableID) -> LabelMatcher {
        switch table {
        case .t2: table2
        case .t3: table3
        case .t4: table4
        }
    }

    private static let table2 = LabelMatcher(table: .t2)
    private static let table3 = LabelMatcher(table: .t3)
    private static let table4 = LabelMatcher(table: .t4)

    init(table: TableID) {
        var columns: Set<CoreKey> = []
        var candidates: [String: Candidate] = [:]
        var order: [String] = []
        var labels: [String: [String]] = [:]
        for version in TemplateVersion.allCases {
            for row in TableTemplate.template(table, version).rows {
                if let existing = candidates[row.key] {
                    candidates[row.key] = Candidate(rowKey: row.key, versions: existing.versions.union([version]))
                } else {
                    candidates[row.key] = Candidate(rowKey: row.key, versions: [version])
                    order.append(row.key)
                }
                labels[row.key, default: []] += [row.label] + row.aliases
                for column in row.columns {
                    columns.formUnion(([column.label] + column.aliases).map { CoreKey(LabelText.core($0)) })
                }
            }
        }
        for key in order {
            var seen: Set<String> = []
            // In the order printed in the template, so that loose matches come out the same on every run.
            for core in labels[key]!.map(LabelText.core) where seen.insert(core).inserted {
                byCore[CoreKey(core), default: []].append(candidates[key]!)
                cores.append((Array(core.unicodeScalars), candidates[key]!))
            }
        }
        columnCores = columns.union(["信息内容", "申请人情况", "法人或其他组织"].map(CoreKey.init))
    }

    /// Template labels, even joined from pieces, are far shorter; longer text is run-on prose or damage and is
    /// not worth normalising.
    static let longestLabelBytes = 600

    /// The rows a label may name, in template order.
    func match(_ label: String) -> [Match] {
        guard label.utf8.count <= Self.longestLabelBytes else { return [] }
        return match(core: LabelText.core(label))
    }

    /// The rows a label's core may name (`LabelText.core`), in template order.
    func match(core: String) -> [Match] {
        guard !core.isEmpty else { return [] }
        if let exact = byCore[CoreKey(core)] { return exact.map(Match.exact) }
        let scalars = Array(core.unicodeScalars)
        guard scalars.count >= 4 else { return [] }
        // Compared scalar by scalar: cores are already normalised, and String's comparisons would normalise again.
        let partial = cores.filter { entry in
            entry.scalars.count >= 4 && (scalars.starts(with: entry.scalars) || entry.scalars.starts(with: scalars)
                || scalars.reversed().starts(with: entry.scalars.reversed()))
        }
        if !partial.isEmpty { return partial.map { .loose($0.candidate) } }
        return typoMatches(scalars).map { .loose($0) }
    }

    /// Labels misprinted by a few characters (`其他法律行政止公开`): the single closest template label within
    /// a quarter of its length; none when two are equally close.
    private func typoMatches(_ scalars: [Unicode.Scalar]) -> [Candidate] {
        guard scalars.count >= 6 else { return [] }
        let scored = cores.filter { abs($0.scalars.count - scalars.count) <= $0.scalars.count / 4 }
            .map { (candidate: $0.candidate, distance: EditDistance.between(scalars, $0.scalars), allowed: $0.scalars.count / 4) }
            .filter { $0.distance <= $0.allowed }
        guard let best = scored.min(by: { $0.distance < $1.distance }),
              scored.filter({ $0.distance == best.distance && $0.candidate != best.candidate }).isEmpty else { return [] }
        return [best.candidate]
    }

    /// A row that prints column labels (`商业企业`, `本年制发件数`) is a header, not data.
    func isHeader(_ row: [GridCell]) -> Bool {
        var columnLabels = 0
        for cell in row where !cell.core.isEmpty {
            if cell.core == "信息内容" { return true }
            if columnCores.contains(CoreKey(cell.core)) { columnLabels += 1 }
        }
        return columnLabels >= 2
    }
}
