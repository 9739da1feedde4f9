import NianbaoCorpus

/// The field a word names, for every command that takes a FIELD, with the same errors everywhere.
enum FieldLookup {
    static func field(named name: String) throws(ShellError) -> Field {
        if let field = FieldResolver.resolve(name) { return field }
        let candidates = FieldResolver.partialMatches(name)
        if candidates.count > 1 { throw .ambiguousField(name, candidates: candidates.map(\.description)) }
        throw .unknownField(name, suggestion: Suggestion.closest(to: name, among: FieldResolver.labelEntries.map(\.label)))
    }
}
