import NianbaoModel

/// A field added up over reports, with an account of every report that did not contribute a number.
public struct FieldSum: Sendable {
    /// One report's part in the sum.
    public struct Part: Sendable {
        public let report: String
        public let year: Int?
        public let agency: String?
        public let value: DecimalNumber?
        /// Why there is no value: `blank`, `na`, `text`, `missing` or `absent` (not in the template version).
        public let gap: String?
    }

    public let field: Field
    public let parts: [Part]

    public var total: DecimalNumber { parts.compactMap(\.value).reduce(.zero, +) }
    public var contributors: [Part] { parts.filter { $0.value != nil } }
    public var gaps: [Part] { parts.filter { $0.value == nil } }

    /// Adds the field over the reports. A report contributes when every cell of the field holds a number.
    public init(_ field: Field, over reports: [Report]) {
        self.field = field
        parts = reports.map { report in
            let cells = field.cells(in: report)
            let gap: String? = cells.isEmpty ? "absent" : cells.first { $0.cell.kind != .number }.map { $0.cell.kind.name }
            return Part(report: report.displayName, year: report.year, agency: report.agency,
                        value: gap == nil ? cells.map { $0.cell.number! }.reduce(.zero, +) : nil, gap: gap)
        }
    }

    /// The sum split by a dimension: one entry per year or agency, in first-seen order.
    public func grouped(by dimension: Dimension) -> [(name: String, total: DecimalNumber, reports: Int, gaps: Int)] {
        var order: [String] = []
        var byName: [String: [Part]] = [:]
        for part in parts {
            let name = dimension.name(of: part)
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(part)
        }
        if dimension == .year { order.sort() }
        return order.map { name in
            let group = byName[name]!
            return (name, group.compactMap(\.value).reduce(.zero, +), group.filter { $0.value != nil }.count, group.filter { $0.value == nil }.count)
        }
    }

    /// What a sum can be split by.
    public enum Dimension: String, Sendable, CaseIterable {
        case year
        case agency

        func name(of part: Part) -> String {
            switch self {
            case .year: part.year.map(String.init) ?? "?"
            case .agency: part.agency ?? part.report
            }
        }
    }
}
