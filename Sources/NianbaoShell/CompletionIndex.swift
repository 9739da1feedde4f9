import NianbaoCorpus
import NianbaoModel

/// The words Tab can complete, taken from the commands and the loaded corpus at one moment.
public struct CompletionIndex: Sendable {
    private let commandNames: [String]
    private let keywordsByCommand: [String: [String]]
    private let commands: [String: any Command]
    private let corpusWords: [String]
    private let fieldWords: [String]

    init(session: Session) {
        commandNames = CommandRegistry.commands.map(\.name) + ["exit"]
        keywordsByCommand = Dictionary(uniqueKeysWithValues: CommandRegistry.commands.map { ($0.name, $0.keywords) })
        commands = Dictionary(uniqueKeysWithValues: CommandRegistry.commands.map { ($0.name, $0) })
        let reports = session.corpus.reports
        let years = Set(reports.compactMap(\.year)).sorted().map(String.init)
        let agencies = Set(reports.compactMap(\.agency)).sorted()
        corpusWords = years + agencies
        // Labels without their numbering (`本年新收政府信息公开申请数量`, `属于国家秘密`): what people type.
        fieldWords = FieldResolver.labelEntries.map(\.core) + RowGroup.all.map(\.label) + FieldResolver.allKeys.map(\.description)
    }

    /// Candidates for the last word of `textBeforeCursor`, in a stable order, without repeats.
    public func candidates(for textBeforeCursor: String) -> [String] {
        let words = CommandWords.split(textBeforeCursor)
        let completingNewWord = textBeforeCursor.last?.isWhitespace ?? true
        let prefix = completingNewWord ? "" : words.last ?? ""
        let position = completingNewWord ? words.count : words.count - 1
        guard position > 0 else { return commandNames.filter { $0.hasPrefix(prefix) } }

        let command = words[0]
        // After `by` only a dimension can follow.
        if words[position - 1] == "by" {
            return FieldSum.Dimension.allCases.map(\.rawValue).filter { $0.hasPrefix(prefix) && $0 != prefix }
        }
        var keywords = keywordsByCommand[command] ?? []
        if command == "help" { keywords += commandNames }
        // Names and labels also complete from a fragment inside them (`统计` → `杭州市拱墅区统计局`); keywords only
        // from their start, so that `by a` completes to `agency` alone rather than also offering `year`.
        var names: [String] = []
        if commands[command]?.takesField(after: Array(words[1..<position])) == true { names += fieldWords }
        if command != "load", command != "set", command != "help" { names += corpusWords }
        var seen: Set<String> = []
        return (keywords + names).filter { $0.hasPrefix(prefix) && $0 != prefix && seen.insert($0).inserted }
            + (prefix.isEmpty ? [] : names.filter { !$0.hasPrefix(prefix) && $0.contains(prefix) && seen.insert($0).inserted })
    }
}
