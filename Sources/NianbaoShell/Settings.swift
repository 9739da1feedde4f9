/// What a session is set to: output format, blank handling, colour, timing.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    /// Re-run the arithmetic with blanks read as 0 (`set blank-as-zero on`).
    public var blankAsZero = false
    /// Colour escapes in output: only on a terminal and never with NO_COLOR.
    public var colour = false
    /// Follow each command's output with its wall-clock time (`set timer on`).
    public var timer = false

    public init(format: OutputFormat = .table, blankAsZero: Bool = false, colour: Bool = false, timer: Bool = false) {
        self.format = format
        self.blankAsZero = blankAsZero
        self.colour = colour
        self.timer = timer
    }
}
