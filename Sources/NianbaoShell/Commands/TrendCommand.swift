import NianbaoCorpus
import NianbaoModel

struct TrendCommand: Command {
    let name = "trend"
    let synopsis = "trend FIELD SELECTOR"
    let summary = "one agency's field year by year, with a bar chart and the change from the year before; "
        + "blank, / and absent years are shown as such, never as 0"
    let example = "trend 行政处罚 拱墅区统计局"

    func takesField(after words: [String]) -> Bool { words.isEmpty }

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard let fieldName = arguments.first else { throw usage() }
        let field = try FieldLookup.field(named: fieldName)
        let selector = Selector(Array(arguments.dropFirst()))
        let reports = try session.reports(selector)

        // One agency, however its name was printed from year to year (with or without 杭州市, 办事处).
        var agencies: [String: [Report]] = [:]
        var order: [String] = []
        for report in reports {
            let name = AgencyName.canonical(report.agency ?? report.source)
            if agencies[name] == nil { order.append(name) }
            agencies[name, default: []].append(report)
        }
        guard order.count == 1 else {
            throw .severalAgencies(selector, agencies: order.map { Self.describe(agencies[$0]!) })
        }
        // ...but not two places' agencies of one name (鼓楼区 in 南京市 and in 福州市).
        let regions = reports.map { AgencyName.region(of: $0.agency ?? "") }
        if let first = regions.first(where: { !$0.isEmpty }), let other = regions.first(where: { !AgencyName.regionsAgree(first, $0) }) {
            throw .severalAgencies(selector, agencies: [first, other].map { region in
                Self.describe(zip(reports, regions).filter { AgencyName.regionsAgree(region, $0.1) && !$0.1.isEmpty }.map(\.0))
            })
        }

        let sorted = reports.enumerated().sorted { ($0.element.year ?? Int.max, $0.offset) < ($1.element.year ?? Int.max, $1.offset) }.map(\.element)
        let sum = FieldSum(field, over: sorted)
        let parts = sum.parts
        let byYear = Dictionary(grouping: parts.filter { $0.year != nil }, by: { $0.year! })
        let years = byYear.keys.sorted()
        var rows: [[TableValue]] = []
        for year in years.first.map({ Array($0...years.last!) }) ?? [] {
            guard let inYear = byYear[year] else {
                rows.append([.integer(year), .null, .null, .text("no report"), .null, .null])
                continue
            }
            // The change is from the year before only when that year printed exactly one number.
            let before = byYear[year - 1].flatMap { $0.count == 1 ? $0[0].value : nil }
            for part in inYear {
                rows.append(Self.row(year: .integer(year), part, change: part.value.flatMap { value in before.map { value - $0 } }, in: sum))
            }
        }
        for part in parts where part.year == nil {
            rows.append(Self.row(year: .text("?"), part, change: nil, in: sum))
        }

        var notes: [String] = []
        let printedNames = Self.distinctNames(sorted)
        if printedNames.count > 1 {
            notes.append("one agency printed as \(printedNames.map { "‘\($0)’" }.joined(separator: ", ")) (all read as ‘\(order[0])’)")
        }
        if parts.contains(where: { $0.value == nil }) || rows.count > parts.count {
            notes.append("a year without a number has no bar and no change: blank, / and absent are not 0")
        }
        for year in years where byYear[year]!.count > 1 {
            notes.append("\(year) has \(byYear[year]!.count) reports of this agency, so no change is computed from it; ‘check \(year) \(order[0])’ compares them")
        }
        let latest = sorted.last { $0.agency != nil }?.agency ?? order[0]
        return CommandOutput([.table(DataTable(
            title: "\(latest) · \(field.label) (\(field.key))",
            columns: [DataTable.Column("year"), DataTable.Column("value", alignsRight: true),
                      DataTable.Column("change", alignsRight: true), DataTable.Column("no number", key: "gap"),
                      DataTable.Column("agency as printed", key: "agency"), DataTable.Column("source")],
            rows: rows, notes: notes, chart: DataTable.Chart(of: "value", width: 24)))])
    }

    private static func row(year: TableValue, _ part: FieldSum.Part, change: DecimalNumber?, in sum: FieldSum) -> [TableValue] {
        [year, part.value.map(TableValue.number) ?? .null,
         change.map { .text(($0.isNegative ? "" : "+") + $0.description) } ?? .null,
         part.whyNoNumber.map(TableValue.text) ?? .null, .text(sum.agency(of: part) ?? "?"), .text(sum.source(of: part))]
    }

    /// `杭州市拱墅区统计局 / 拱墅区统计局 (2022, 2023)`: one agency's printed names and its years.
    private static func describe(_ reports: [Report]) -> String {
        let years = Set(reports.compactMap(\.year)).sorted().map(String.init)
        return distinctNames(reports).joined(separator: " / ") + (years.isEmpty ? "" : " (\(years.joined(separator: ", ")))")
    }

    private static func distinctNames(_ reports: [Report]) -> [String] {
        var seen: Set<String> = []
        return reports.compactMap(\.agency).filter { seen.insert($0).inserted }
    }
}
