extension LineEditor {
    /// What one call to `readLine(prompt:)` read.
    public enum Input: Equatable, Sendable {
        /// A line the user entered, without its newline.
        case line(String)
        /// Ctrl-C cancelled the line being edited.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal closed.
        case endOfInput
    }
}
