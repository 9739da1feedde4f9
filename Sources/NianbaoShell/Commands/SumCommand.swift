import NianbaoCorpus
import NianbaoModel

struct SumCommand: Command {
    let name = "sum"
    let synopsis = "sum FIELD [SELECTOR] [by year|agency|province|city|district|town|department]"
    let summary = "adds a field over the selected reports and says which reports had it blank, /, or absent; "
        + "by a level of the agencies' path (杭州市 › 拱墅区 › 统计局) with a bar chart"
    let example = "sum 行政处罚 by district"
    let keywords = ["by"] + FieldSum.Dimension.allCases.map(\.rawValue)

    func takesField(after words: [String]) -> Bool { words.isEmpty }

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        var words = arguments
        var dimension: FieldSum.Dimension?
        if words.count >= 2, words[words.count - 2] == "by" {
            guard let chosen = FieldSum.Dimension(rawValue: words.removeLast()) else { throw usage() }
            dimension = chosen
            words.removeLast()
        }
        guard let fieldName = words.first else { throw usage() }
        let field = try FieldLookup.field(named: fieldName)
        let selector = Selector(Array(words.dropFirst()))
        let sum = FieldSum(field, over: try session.reports(selector))

        var blocks: [CommandOutput.Block] = []
        if let dimension {
            let groups = sum.grouped(by: dimension)
            blocks.append(.table(DataTable(
                // The total last, so that its bars end the line.
                columns: [DataTable.Column(dimension.rawValue), DataTable.Column("reports"), DataTable.Column("without a number", key: "gaps"),
                          DataTable.Column("total")],
                rows: groups.map { [.text($0.name), .integer($0.reports), .integer($0.gaps), .number($0.total)] },
                notes: Self.unmergedDistricts(groups.map(\.name)),
                chart: DataTable.Chart(of: "total"))))
        }
        let gaps = sum.gaps
        blocks.append(.table(DataTable(
            columns: [DataTable.Column("field"), DataTable.Column("label"), DataTable.Column("total"), DataTable.Column("reports"),
                      DataTable.Column("without a number", key: "gaps")],
            rows: [[.text(field.key), .text(field.label), .number(sum.total), .integer(sum.parts.count - gaps.count), .integer(gaps.count)]])))
        if !gaps.isEmpty {
            blocks.append(.note("not counted (no number printed; absent means the template version has no such cell):"))
            for gap in gaps {
                blocks.append(.note("  \(gap.gap ?? "")  \(sum.reportName(of: gap))"))
            }
        }
        return CommandOutput(blocks)
    }

    /// `(city unknown) › 拱墅区` beside `杭州市 › 拱墅区`: probably one district, kept apart because a report did not
    /// print its city; said under the table rather than guessed.
    static func unmergedDistricts(_ names: [String]) -> [String] {
        let unknown = AgencyPath.unknownCity + " › "
        return names.filter { $0.hasPrefix(unknown) }.compactMap { name in
            let rest = name.dropFirst(unknown.count)
            let known = names.filter { !$0.hasPrefix(unknown) && $0.hasSuffix(" › " + rest) }
            guard !known.isEmpty else { return nil }
            return "‘\(name)’ may be \(known.map { "‘\($0)’" }.joined(separator: " or ")): its reports do not print the city, so they are kept apart"
        }
    }
}
