import NianbaoCorpus
import NianbaoModel

struct TopCommand: Command {
    let name = "top"
    let synopsis = "top [N] FIELD [SELECTOR]"
    let summary = "ranks the selected reports by a field, largest first, with a bar chart (N, 10 by default); "
        + "reports without a number are listed after, not ranked, with why"
    let example = "top 3 行政处罚 2023"

    static let defaultCount = 10

    func takesField(after words: [String]) -> Bool {
        words.isEmpty || words.count == 1 && Int(words[0]) != nil
    }

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        var words = arguments
        var count = Self.defaultCount
        var selectorWords: [String] = []
        // A number first is N, unless it reads as a year: `top 2023 行政处罚` means the reports of 2023.
        if let first = words.first, let number = Int(first) {
            if Selector([first]).years.isEmpty {
                guard number > 0 else { throw usage() }
                count = number
            } else {
                selectorWords.append(first)
            }
            words.removeFirst()
        }
        guard let fieldName = words.first else { throw usage() }
        let field = try FieldLookup.field(named: fieldName)
        let sum = FieldSum(field, over: try session.reports(Selector(selectorWords + words.dropFirst())))

        // Largest first; equal values share a rank (1, 2, 2, 4) and keep their load order.
        let ranked = sum.contributors.enumerated().sorted { ($1.element.value!, $0.offset) < ($0.element.value!, $1.offset) }.map(\.element)
        var rows: [[TableValue]] = []
        var rank = 0
        for (position, part) in ranked.prefix(count).enumerated() {
            if position == 0 || part.value != ranked[position - 1].value { rank = position + 1 }
            rows.append([.integer(rank), part.year.map(TableValue.integer) ?? .null, .text(sum.agency(of: part) ?? sum.reportName(of: part)), .number(part.value!), .null])
        }
        for part in sum.gaps {
            rows.append([.null, part.year.map(TableValue.integer) ?? .null, .text(sum.agency(of: part) ?? sum.reportName(of: part)), .null, .text(part.whyNoNumber ?? "")])
        }
        var notes = ["\(min(count, ranked.count)) of \(ranked.count) ranked report\(ranked.count == 1 ? "" : "s") shown"
                     + (ranked.count > count ? "; ‘top \(ranked.count) …’ shows them all" : "")]
        if !sum.gaps.isEmpty {
            notes.append("\(sum.gaps.count) not ranked: no number printed (blank, /, text) or the cell is absent from the template version; never counted as 0")
        }
        return CommandOutput([.table(DataTable(
            title: "\(field.label) (\(field.key)), largest first",
            columns: [DataTable.Column("rank"), DataTable.Column("year"), DataTable.Column("agency"),
                      DataTable.Column("value", alignsRight: true), DataTable.Column("not ranked", key: "not_ranked")],
            rows: rows, notes: notes, chart: DataTable.Chart(of: "value")))])
    }
}
