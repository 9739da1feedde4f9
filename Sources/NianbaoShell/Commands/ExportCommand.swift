import Foundation
import NianbaoCorpus
import NianbaoModel

struct ExportCommand: Command {
    let name = "export"
    let synopsis = "export json|csv [FILE] [SELECTOR]"
    let summary = "writes the selected reports as JSON Lines (one report a line) or long-form CSV, to FILE or stdout"
    let example = "export json /tmp/reports-2023.jsonl 2023"
    let keywords = ["json", "csv"]

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard let kind = arguments.first, kind == "json" || kind == "csv" else { throw usage() }
        var words = Array(arguments.dropFirst())
        // A FILE is told from selector words by looking like a file name: it has an extension or a slash.
        let file = words.first.flatMap { $0 == "-" || $0.contains(".") || $0.contains("/") ? $0 : nil }
        if file != nil { words.removeFirst() }
        let reports = try session.reports(Selector(words))
        let text = kind == "json" ? reports.map { ReportExport.json($0).serialized + "\n" }.joined() : ReportExport.csv(reports)
        guard let file, file != "-" else { return CommandOutput([.raw(text)]) }
        guard !session.isCancelled else { throw .interrupted }
        // Written whole or not at all: an export that fails leaves an earlier export as it was.
        try OutputFile.replace(file, with: text)
        return CommandOutput([.text("wrote \(reports.count) report\(reports.count == 1 ? "" : "s") to \(file)")])
    }
}
