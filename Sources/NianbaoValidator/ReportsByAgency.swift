import NianbaoModel

/// Reports grouped by agency (its canonical name) and year, so that rules across reports find an agency's other
/// reports by looking them up, never by comparing every pair of a corpus.
struct ReportsByAgency {
    struct Key: Hashable {
        /// `AgencyName.canonical` of the printed name.
        let agency: String
        let year: Int
    }

    /// Every report with an agency and a year, each source once (a file loaded twice is one report), in the
    /// order given; `keys` holds each one's key. Two arrays rather than one of pairs: reading a pair's key or
    /// report out of the array copies the whole pair.
    let reports: [Report]
    let keys: [Key]
    /// Per report that shares its agency and year, a hash of what its cells mean (0 for the others): reports with
    /// different hashes differ, so identical copies (common when a corpus is collected twice) are compared once
    /// rather than pair by pair.
    private let fingerprints: [Int]
    /// Per report, the province and city its name prints (`AgencyName.region`): reports under one key whose
    /// regions disagree are different agencies.
    private let regions: [String]
    /// Per agency and year, the positions of reports with distinct fingerprints (or regions that disagree).
    private let distinctPositionsByKey: [Key: [Int]]

    /// Groups `reports`.
    init(_ reports: [Report]) {
        var kept: [Report] = []
        var keys: [Key] = []
        var positionsByKey: [Key: [Int]] = [:]
        var sources: Set<String> = []
        var regions: [String] = []
        // An agency's reports print its name in a few ways at most: each way is reduced once, on every core.
        let names = Array(Set(reports.indices.compactMap { reports[$0].agency }))
        let readings = Dictionary(uniqueKeysWithValues: zip(names, ChunkedWork.map(over: names.count) { range in
            names[range].map(AgencyName.parts(of:))
        }.joined()))
        for index in reports.indices {
            guard let agency = reports[index].agency, let year = reports[index].year, sources.insert(reports[index].source).inserted,
                  let reading = readings[agency], !reading.canonical.isEmpty else { continue }
            let key = Key(agency: reading.canonical, year: year)
            positionsByKey[key, default: []].append(kept.count)
            kept.append(reports[index])
            keys.append(key)
            regions.append(reading.region)
        }
        self.regions = regions
        self.reports = kept
        self.keys = keys
        // Only an agency and year with several reports needs its reports told apart: most have one.
        var fingerprints = [Int](repeating: 0, count: kept.count)
        var distinctPositionsByKey: [Key: [Int]] = [:]
        for (key, positions) in positionsByKey {
            guard positions.count > 1 else {
                distinctPositionsByKey[key] = positions
                continue
            }
            for position in positions { fingerprints[position] = Self.fingerprint(kept[position]) }
            // A copy is the same report from a place that agrees.
            var distinct: [Int] = []
            for position in positions where !distinct.contains(where: {
                fingerprints[$0] == fingerprints[position] && AgencyName.regionsAgree(regions[$0], regions[position])
            }) {
                distinct.append(position)
            }
            distinctPositionsByKey[key] = distinct
        }
        self.fingerprints = fingerprints
        self.distinctPositionsByKey = distinctPositionsByKey
    }

    /// The positions in `reports` of the reports from these sources, or of every report.
    func positions(of sources: Set<String>?) -> [Int] {
        sources.map { sources in reports.indices.filter { sources.contains(reports[$0].source) } } ?? Array(reports.indices)
    }

    /// The other reports of `key`'s agency and year that differ from the one at `position` (one of each kind).
    func differing(from position: Int) -> [Report] {
        let own = fingerprints[position]
        return distinctPositionsByKey[keys[position], default: []]
            .filter { fingerprints[$0] != own && AgencyName.regionsAgree(regions[position], regions[$0]) }
            .map { reports[$0] }
    }

    private static func fingerprint(_ report: Report) -> Int {
        var hasher = Hasher()
        for table in report.tables {
            hasher.combine(table.template.table)
            for cell in table.cells {
                hasher.combine(cell.kind)
                switch cell.kind {
                case .number: hasher.combine(cell.number)
                case .text: hasher.combine(cell.raw)
                case .blank, .notApplicable, .missing: break
                }
            }
        }
        return hasher.finalize()
    }

    /// The positions of the reports of the same agency as the one at `position` for the year before its, an
    /// identical copy counted once.
    func yearBefore(_ position: Int) -> [Int] {
        let key = keys[position]
        return distinctPositionsByKey[Key(agency: key.agency, year: key.year - 1), default: []]
            .filter { AgencyName.regionsAgree(regions[position], regions[$0]) }
    }

    /// The keys of the cells two reports print with different meanings (`5` against `6`, blank against `0`;
    /// not `/` against `无`), in template order.
    static func differences(between first: Report, and second: Report) -> [FieldKey] {
        var keys: [FieldKey] = []
        for table in TableID.allCases {
            let templates = [first[table].template, second[table].template]
            let union = templates[0].keys + (templates[1] === templates[0] ? [] : templates[1].keys.filter { templates[0].index(of: $0) == nil })
            for key in union where !sameMeaning(first[key] ?? .missing, second[key] ?? .missing) {
                keys.append(key)
            }
        }
        return keys
    }

    /// True when two cells say the same thing, however they were printed or wherever they stand.
    static func sameMeaning(_ first: Cell, _ second: Cell) -> Bool {
        guard first.kind == second.kind else { return false }
        switch first.kind {
        case .number: return first.number == second.number
        case .text: return first.raw == second.raw
        case .blank, .notApplicable, .missing: return true
        }
    }

    /// How two reports grouped under `key` were matched, for messages: names are printed differently across
    /// years and files.
    static func matching(_ report: Report, with other: Report, as key: Key) -> String {
        let spelled = "matched \(described(report)) with \(described(other))"
        return report.agency == other.agency ? spelled : spelled + ", both read as \(key.agency)"
    }

    /// `杭州市拱墅区统计局 (2023, this.txt)`.
    static func described(_ report: Report) -> String {
        "\(report.agency ?? "") (\(report.year.map(String.init) ?? "no year"), \(report.source))"
    }
}
