/// One shell command: its words, its help, and what it does to a session.
public protocol Command: Sendable {
    var name: String { get }
    /// `sum FIELD [SELECTOR] [by year|agency]`.
    var synopsis: String { get }
    /// One sentence for `help`.
    var summary: String { get }
    /// A line that works on the bundled corpus.
    var example: String { get }
    /// Fixed words the command takes, for completion (`table3`, `vs`, `by`).
    var keywords: [String] { get }
    /// True when a FIELD goes after these words (the command's arguments so far), so Tab offers field labels.
    func takesField(after words: [String]) -> Bool

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput
}

extension Command {
    public var keywords: [String] { [] }
    public func takesField(after words: [String]) -> Bool { false }

    func usage() -> ShellError { .usage(command: name, synopsis: synopsis) }
}
