import CLibedit

/// Ctrl-C, caught so that it cancels the line or the running command instead of ending the program.
///
/// Once installed, SIGINT only raises a flag and interrupts a blocked read. A long command can poll
/// `isPending` to stop early; `LineEditor` installs the handler itself and clears the flag before each line.
public enum InterruptSignal {
    /// Catches SIGINT from now on, without restarting interrupted reads.
    public static func install() {
        clibedit_catch_interrupts()
    }

    /// Whether Ctrl-C was pressed since the last `clear()`.
    public static var isPending: Bool {
        clibedit_interrupt_pending() != 0
    }

    /// Forgets an earlier Ctrl-C, typically before starting a command.
    public static func clear() {
        clibedit_clear_interrupt()
    }

    /// Makes `editor` read keys through a reader that any Ctrl-C not yet cleared ends with EINTR.
    ///
    /// Each Swift file gets its own copy of the statics of the C header, so every call that touches the
    /// interrupt state stays in this file.
    static func readInterruptibly(_ editor: OpaquePointer) {
        clibedit_use_interruptible_reader(editor)
    }
}
