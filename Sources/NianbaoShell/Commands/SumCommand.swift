import NianbaoCorpus
import NianbaoModel

struct SumCommand: Command {
    let name = "sum"
    let synopsis = "sum FIELD [SELECTOR] [by year|agency]"
    let summary = "adds a field over the selected reports and says which reports had it blank, /, or absent"
    let example = "sum 行政处罚 by year"
    let keywords = ["by", "year", "agency"]

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        var words = arguments
        var dimension: FieldSum.Dimension?
        if words.count >= 2, words[words.count - 2] == "by" {
            guard let chosen = FieldSum.Dimension(rawValue: words.removeLast()) else { throw usage() }
            dimension = chosen
            words.removeLast()
        }
        guard let fieldName = words.first else { throw usage() }
        guard let field = FieldResolver.resolve(fieldName) else {
            let candidates = FieldResolver.partialMatches(fieldName)
            if candidates.count > 1 { throw .ambiguousField(fieldName, candidates: candidates.map(\.description)) }
            throw .unknownField(fieldName, suggestion: Suggestion.closest(to: fieldName, among: FieldResolver.labelEntries.map(\.label)))
        }
        let selector = Selector(Array(words.dropFirst()))
        let sum = FieldSum(field, over: try session.reports(selector))

        var blocks: [CommandOutput.Block] = []
        if let dimension {
            blocks.append(.table(DataTable(
                columns: [DataTable.Column(dimension.rawValue), DataTable.Column("total"), DataTable.Column("reports"), DataTable.Column("without a number", key: "gaps")],
                rows: sum.grouped(by: dimension).map { [.text($0.name), .number($0.total), .integer($0.reports), .integer($0.gaps)] })))
        }
        let contributors = sum.contributors.count
        blocks.append(.table(DataTable(
            columns: [DataTable.Column("field"), DataTable.Column("label"), DataTable.Column("total"), DataTable.Column("reports"),
                      DataTable.Column("without a number", key: "gaps")],
            rows: [[.text(field.key), .text(field.label), .number(sum.total), .integer(contributors), .integer(sum.gaps.count)]])))
        if !sum.gaps.isEmpty {
            blocks.append(.note("not counted (no number printed; absent means the template version has no such cell):"))
            for gap in sum.gaps {
                blocks.append(.note("  \(gap.gap ?? "")  \(gap.report)"))
            }
        }
        return CommandOutput(blocks)
    }
}
