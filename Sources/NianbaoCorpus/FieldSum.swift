import NianbaoModel

/// A field added up over reports, with an account of every report that did not contribute a number.
public struct FieldSum: Sendable {
    /// One report's part in the sum.
    public struct Part: Sendable {
        /// The report's position in `FieldSum.reports`: its name and file are looked up only when shown, so that
        /// a sum over every report does not touch every report's strings.
        public let index: Int
        public let year: Int?
        public let value: DecimalNumber?
        /// Why there is no value: `blank`, `na`, `text`, `missing` or `absent` (not in the template version).
        public let gap: String?
        /// What the cell that stopped the value printed (`/`, `详见附表`); nil with a value or when absent.
        public let printed: String?
    }

    public let field: Field
    /// The reports added over, in the order given.
    public let reports: [Report]
    public let parts: [Part]

    public func agency(of part: Part) -> String? { reports[part.index].agency }
    public func source(of part: Part) -> String { reports[part.index].source }
    /// The report's name for messages, as `Report.displayName`.
    public func reportName(of part: Part) -> String { reports[part.index].displayName }

    public var total: DecimalNumber { parts.reduce(.zero) { $0 + ($1.value ?? .zero) } }
    public var contributors: [Part] { parts.filter { $0.value != nil } }
    public var gaps: [Part] { parts.filter { $0.value == nil } }

    /// Adds the field over the reports. A report contributes when every cell of the field holds a number.
    public init(_ field: Field, over reports: [Report]) {
        self.field = field
        self.reports = reports
        let keys = field.keys
        guard let table = keys.first?.table else {
            parts = []
            return
        }
        // The keys' positions in each template version, worked out once rather than looked up in every report.
        let positions = TemplateVersion.allCases.map { version in
            (version, keys.compactMap(TableTemplate.template(table, version).index(of:)))
        }
        // What is needed of each report is taken part by part (`reports[index][table]`): `reports[index]` alone
        // copies the whole report, retaining every string and array it holds. Reaching each report's cells waits
        // on memory more than it computes, so a large sum is shared among the cores.
        let partsIn: @Sendable (Range<Int>) -> [Part] = { range in
            range.map { index in
                let (value, gap, printed) = Self.value(in: reports[index][table].cells, version: reports[index][table].version, at: positions)
                return Part(index: index, year: reports[index].year, value: value, gap: gap, printed: printed)
            }
        }
        parts = reports.count < Self.sharedFrom ? partsIn(reports.indices) : ChunkedWork.map(over: reports.count, partsIn).flatMap { $0 }
    }

    /// The number of reports from which a sum is worth sharing among the cores.
    private static let sharedFrom = 4096

    /// The sum of the cells at `positions` (by template version), or why there is none.
    private static func value(in cells: CellList, version: TemplateVersion, at positions: [(TemplateVersion, [Int])])
        -> (DecimalNumber?, gap: String?, printed: String?) {
        guard let present = positions.first(where: { $0.0 == version })?.1, !present.isEmpty else { return (nil, "absent", nil) }
        var value = DecimalNumber.zero
        for position in present {
            guard let number = cells.value(at: position) else {
                let stopping = cells[position]
                return (nil, stopping.kind.name, stopping.raw)
            }
            value = value + number
        }
        return (value, nil, nil)
    }

    /// The sum split by a dimension: one entry per year (in year order), agency or level of the agency's path (in
    /// first-seen order, reports without that level last).
    public func grouped(by dimension: Dimension) -> [(name: String, total: DecimalNumber, reports: Int, gaps: Int)] {
        var order: [String] = []
        var byName: [String: [Part]] = [:]
        var unplaced: Set<String> = []
        for part in parts {
            let (name, placed) = dimension.name(of: part, in: self)
            if byName[name] == nil { order.append(name) }
            if !placed { unplaced.insert(name) }
            byName[name, default: []].append(part)
        }
        if dimension == .year { order.sort() }
        order = order.filter { !unplaced.contains($0) } + order.filter(unplaced.contains)
        return order.map { name in
            let group = byName[name]!
            return (name, group.compactMap(\.value).reduce(.zero, +), group.filter { $0.value != nil }.count, group.filter { $0.value == nil }.count)
        }
    }

    /// What a sum can be split by: the year, the agency as printed, or a level of the agency's path.
    public enum Dimension: String, Sendable, CaseIterable {
        case year
        case agency
        case province
        case city
        case district
        case town
        case department

        /// The level of `AgencyPath` a dimension groups by.
        public var level: AgencyPath.Level? { AgencyPath.Level(rawValue: rawValue) }

        /// The group a part falls in, and false when the report has no such level (grouped as `(no city)` and so on).
        func name(of part: Part, in sum: FieldSum) -> (name: String, placed: Bool) {
            switch self {
            case .year: return (part.year.map(String.init) ?? "?", part.year != nil)
            case .agency: return (sum.agency(of: part) ?? sum.reportName(of: part), true)
            case .province, .city, .district, .town, .department:
                guard let agency = sum.agency(of: part), let level else { return ("?", false) }
                return Self.name(of: AgencyPath(agency), through: level)
            }
        }

        /// Places by their path down to the level (`杭州市 › 拱墅区`); departments by their own name across places, with
        /// a level's own government named by its kind (`街道办事处`).
        static func name(of path: AgencyPath, through level: AgencyPath.Level) -> (name: String, placed: Bool) {
            if level == .department, let name = path.department ?? path.governmentKind { return (name, true) }
            if level != .department, let name = path.path(through: level) { return (name, true) }
            return ("(no \(level.rawValue))", false)
        }
    }
}
