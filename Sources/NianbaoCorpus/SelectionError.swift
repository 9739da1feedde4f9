/// A selector that does not name exactly the reports a command needs.
public enum SelectionError: Error, Sendable, Equatable {
    case noMatch(Selector)
    case ambiguous(Selector, candidates: [String])
}
