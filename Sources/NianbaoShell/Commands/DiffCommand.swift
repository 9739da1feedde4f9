import NianbaoCorpus
import NianbaoModel

struct DiffCommand: Command {
    let name = "diff"
    let synopsis = "diff SELECTOR vs SELECTOR"
    let summary = "compares two reports cell by cell: one agency across years, or two agencies"
    let example = "diff 2023 祥符街道 vs 2023 百丈镇"
    let keywords = ["vs"]

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard let separator = arguments.firstIndex(of: "vs") else { throw usage() }
        let leftWords = Array(arguments[..<separator])
        let rightWords = Array(arguments[(separator + 1)...])
        guard !leftWords.isEmpty, !rightWords.isEmpty else { throw usage() }
        let leftSelector = Selector(leftWords), rightSelector = Selector(rightWords)
        let left = try report(leftSelector, borrowing: rightSelector, in: session)
        let right = try report(rightSelector, borrowing: leftSelector, in: session)
        let diff = ReportDiff(left, right)

        var blocks: [CommandOutput.Block] = [
            .note("\(left.displayName) (\(left.source)) vs \(right.displayName) (\(right.source))"),
        ]
        blocks.append(.table(DataTable(
            columns: [DataTable.Column("key"), DataTable.Column("label", maxWidth: 50), DataTable.Column(left.displayName, key: "left", alignsRight: true),
                      DataTable.Column(right.displayName, key: "right", alignsRight: true), DataTable.Column("change", alignsRight: true)],
            rows: diff.changes.map { change in
                [.text(change.key.description), .text(change.label), .text(ReportTables.shown(change.left)),
                 .text(ReportTables.shown(change.right)), change.change.map { .text(($0.isNegative ? "" : "+") + $0.description) } ?? .null]
            })))
        blocks.append(.note("\(diff.changes.count) of \(diff.sharedCount) shared cells differ"))
        if !diff.onlyLeft.isEmpty || !diff.onlyRight.isEmpty {
            blocks.append(.note("not compared (only in one template version): \(diff.onlyLeft.count) cells of \(left.displayName), \(diff.onlyRight.count) of \(right.displayName)"))
            let tables = Set((diff.onlyLeft + diff.onlyRight).map(\.table)).sorted { $0.rawValue < $1.rawValue }
            blocks.append(.note("  in " + tables.map { "表\($0 == .t2 ? "二" : $0 == .t3 ? "三" : "四") \(left[$0].version.rawValue) vs \(right[$0].version.rawValue)" }.joined(separator: ", ")))
        }
        return CommandOutput(blocks)
    }

    /// `diff 拱墅区统计局 2022 vs 2023`: a side naming only a year borrows the agency named on the other side,
    /// unless it names a report on its own.
    private func report(_ selector: Selector, borrowing other: Selector, in session: Session) throws(ShellError) -> Report {
        guard selector.fragments.isEmpty, !other.fragments.isEmpty else { return try session.report(selector) }
        let borrowed = Selector(years: selector.years, fragments: other.fragments)
        return session.corpus.select(borrowed).isEmpty ? try session.report(selector) : try session.report(borrowed)
    }
}
