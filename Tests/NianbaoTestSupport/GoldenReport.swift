import Foundation
import NianbaoModel

/// The expected reading of a report, written by hand: identity, template versions and every cell.
public struct GoldenReport {
    public struct ExpectedCell: Equatable, CustomStringConvertible {
        public let kind: String
        public let value: String
        public let raw: String
        public let line: Int

        public init(kind: String, value: String, raw: String, line: Int) {
            self.kind = kind
            self.value = value
            self.raw = raw
            self.line = line
        }

        /// What a parsed cell looks like in the golden notation.
        public init(_ cell: Cell) {
            self.init(kind: cell.kind.name, value: cell.value.map { $0.description } ?? "-",
                      raw: cell.raw.isEmpty ? "-" : cell.raw, line: Int(cell.line))
        }

        public var description: String { "\(kind) \(value) ‘\(raw)’ line \(line)" }
    }

    public var year: Int?
    public var agency: String?
    public var templates: [String: String] = [:]
    /// In file order.
    public var cells: [(key: String, cell: ExpectedCell)] = []

    /// Reads a `.golden` file: `year`, `agency`, `template.tN` lines, then `key kind value raw line`, tab-separated.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields[0] {
            case "year": year = Int(fields[1])
            case "agency": agency = fields[1]
            case let name where name.hasPrefix("template."): templates[String(name.dropFirst("template.".count))] = fields[1]
            default:
                guard fields.count == 5, let line = Int(fields[4]) else { continue }
                cells.append((fields[0], ExpectedCell(kind: fields[1], value: fields[2], raw: fields[3], line: line)))
            }
        }
    }

    /// Where a reading differs from this golden one: identity, template versions, keys and their order, and
    /// every cell's kind, value and printed text, none in doubt. Lines are compared when `exactLines` (the same
    /// file) and otherwise only required to point somewhere (another format of the same report).
    public func differences(from report: Report, exactLines: Bool) -> [String] {
        var found: [String] = []
        if report.year != year { found.append("year \(report.year.map(String.init) ?? "none"), golden \(year.map(String.init) ?? "none")") }
        if report.agency != agency { found.append("agency \(report.agency ?? "none"), golden \(agency ?? "none")") }
        for table in ["t2", "t3"] {
            let version = report[table == "t2" ? .t2 : .t3].version.rawValue
            if version != templates[table] { found.append("\(table) \(version), golden \(templates[table] ?? "none")") }
        }
        let keys = report.cells.map(\.key.description)
        if keys != cells.map(\.key) { found.append("keys differ: \(keys.count) read, \(cells.count) golden") }
        for (key, expected) in cells {
            guard let fieldKey = FieldKey(key), let cell = report[fieldKey] else {
                found.append("\(key) is not in the report's template")
                continue
            }
            let read = ExpectedCell(cell)
            let sameLine = exactLines ? read.line == expected.line : read.line > 0
            if read.kind != expected.kind || read.value != expected.value || read.raw != expected.raw || !sameLine {
                found.append("\(key): read \(read), golden \(expected)")
            }
            if cell.isDoubtful { found.append("\(key) is doubtful") }
        }
        return found
    }
}
