import NianbaoValidator

/// What a command produced, before it is rendered in the session's format.
public struct CommandOutput: Sendable {
    public enum Block: Sendable {
        /// The command's answer in words; written in every format.
        case text(String)
        /// A remark beside data (counts, legends); left out of CSV and JSON so they stay machine-readable.
        case note(String)
        case table(DataTable)
        case findings([Finding])
        /// Lines already in their final form (an export to stdout).
        case raw(String)
    }

    public var blocks: [Block]
    /// Things that went wrong while the command still did the rest (a file `load` could not read); for stderr.
    public var problems: [String]
    /// True when the command ran but its result counts as failure (e.g. `check` found an error).
    public var failed: Bool
    /// True when the shell should stop after this command.
    public var quits: Bool

    public init(_ blocks: [Block] = [], problems: [String] = [], failed: Bool = false, quits: Bool = false) {
        self.blocks = blocks
        self.problems = problems
        self.failed = failed || !problems.isEmpty
        self.quits = quits
    }
}
