import NianbaoModel

/// A field added up over reports, with an account of every report that did not contribute a number.
public struct FieldSum: Sendable {
    /// One report's part in the sum.
    public struct Part: Sendable {
        public let source: String
        public let year: Int?
        public let agency: String?
        public let value: DecimalNumber?
        /// Why there is no value: `blank`, `na`, `text`, `missing` or `absent` (not in the template version).
        public let gap: String?
        /// What the cell that stopped the value printed (`/`, `详见附表`); nil with a value or when absent.
        public let printed: String?

        /// The report's name for messages (as `Report.displayName`), spelled only when shown.
        public var report: String {
            let name = [year.map(String.init), agency].compactMap { $0 }.joined(separator: " ")
            return name.isEmpty ? source : name
        }
    }

    public let field: Field
    public let parts: [Part]

    public var total: DecimalNumber { parts.reduce(.zero) { $0 + ($1.value ?? .zero) } }
    public var contributors: [Part] { parts.filter { $0.value != nil } }
    public var gaps: [Part] { parts.filter { $0.value == nil } }

    /// Adds the field over the reports. A report contributes when every cell of the field holds a number.
    public init(_ field: Field, over reports: [Report]) {
        self.field = field
        let keys = field.keys
        guard let table = keys.first?.table else {
            parts = []
            return
        }
        // The keys' positions in each template version, worked out once rather than looked up in every report.
        let positions = Dictionary(uniqueKeysWithValues: TemplateVersion.allCases.map { version in
            (version, keys.compactMap(TableTemplate.template(table, version).index(of:)))
        })
        // By index, not by element: binding a report would copy it.
        parts = reports.indices.map { index in
            let table = reports[index][table]
            var value = DecimalNumber.zero
            var stopping: Cell?
            let present = positions[table.version] ?? []
            for position in present where stopping == nil {
                if let number = table.cells.value(at: position) { value = value + number } else { stopping = table.cells[position] }
            }
            let gap: String? = present.isEmpty ? "absent" : stopping?.kind.name
            return Part(source: reports[index].source, year: reports[index].year, agency: reports[index].agency,
                        value: gap == nil ? value : nil, gap: gap, printed: stopping?.raw)
        }
    }

    /// The sum split by a dimension: one entry per year (in year order), agency or level of the agency's path (in
    /// first-seen order, reports without that level last).
    public func grouped(by dimension: Dimension) -> [(name: String, total: DecimalNumber, reports: Int, gaps: Int)] {
        var order: [String] = []
        var byName: [String: [Part]] = [:]
        var unplaced: Set<String> = []
        for part in parts {
            let (name, placed) = dimension.name(of: part)
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
        func name(of part: Part) -> (name: String, placed: Bool) {
            switch self {
            case .year: return (part.year.map(String.init) ?? "?", part.year != nil)
            case .agency: return (part.agency ?? part.report, true)
            case .province, .city, .district, .town, .department:
                guard let agency = part.agency, let level else { return ("?", false) }
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
