import CLibedit
import Glibc

/// An interactive line reader on the terminal, backed by libedit: a prompt, emacs key bindings, a history kept
/// in a file, Tab completion and Ctrl-C that cancels the line.
///
/// Use it only when standard input is a terminal; read piped input without it, so that piped commands never
/// reach the history file.
public final class LineEditor {
    /// Returns the candidates for the word before the cursor, given the whole line up to the cursor.
    public typealias Completer = @Sendable (_ textBeforeCursor: String) -> [String]

    /// Prompt text between two of these characters takes no width, e.g. `"\u{1}\u{1B}[1m\u{1}nianbao\u{1}\u{1B}[0m\u{1}> "`.
    public static let invisibleMarker: Character = "\u{1}"

    let editor: OpaquePointer
    private let history: OpaquePointer?
    private let historyFile: String?
    let completer: Completer
    // libedit asks for the prompt through a callback and keeps the pointer only until the next call, so the
    // editor owns one C copy of the current prompt.
    private var prompt: UnsafeMutablePointer<CChar>? = strdup("")
    /// Set when the history file could not be read or saved; the caller shows it once and clears it. History is
    /// then kept for the session only.
    public var historyWarning: String?
    private var historyUnusable = false

    /// Starts the editor, loading the history from `historyFile` when it can be read.
    ///
    /// - Parameters:
    ///   - programName: The name libedit uses to pick settings from `~/.editrc`.
    ///   - historyFile: Where history is loaded from and saved to; `nil` keeps history in memory only.
    ///     A missing file is fine; one that exists but cannot be read sets `historyWarning`, and so does the
    ///     first save that fails.
    ///   - completer: Returns full replacements for the last whitespace-separated word before the cursor.
    public init(programName: String, historyFile: String?, completer: @escaping Completer) {
        TerminalLocale.prepare()
        InterruptSignal.install()
        // el_init fails only when out of memory; nothing sensible can follow.
        guard let editor = clibedit_init(programName) else { fatalError("libedit could not start") }
        self.editor = editor
        // libedit's own reader misses a Ctrl-C that comes just before it starts to wait.
        InterruptSignal.readInterruptibly(editor)
        self.history = clibedit_history_init(editor, 1000)
        self.historyFile = historyFile
        self.completer = completer

        clibedit_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_prompt(editor, { editor in
            editor.flatMap(LineEditor.owner(of:))?.prompt
        }, CChar(LineEditor.invisibleMarker.asciiValue!))
        clibedit_bind_tab(editor, "nianbao-complete", "Complete the word before the cursor") { editor, _ in
            guard let owner = editor.flatMap(LineEditor.owner(of:)) else { return UInt8(CC_ERROR) }
            return owner.completeWordBeforeCursor()
        }
        if let history, let historyFile {
            // A missing file loads nothing, which is fine; one that is there but cannot be read is worth a word.
            errno = 0
            if clibedit_history_load(history, historyFile) < 0, access(historyFile, F_OK) == 0 {
                historyWarning = Self.historyWarning(historyFile, reading: true)
                // Saving would replace the history it could not read with this session's alone.
                historyUnusable = true
            }
        }
    }

    deinit {
        if let history { history_end(history) }
        el_end(editor)
        free(prompt)
    }

    /// Shows `prompt` and reads one line, without its newline.
    ///
    /// Returns `.interrupted` when Ctrl-C cancels the line (the caller shows a new prompt) and `.endOfInput`
    /// on Ctrl-D at an empty line or when the terminal goes away.
    public func readLine(prompt: String) -> Input {
        free(self.prompt)
        self.prompt = strdup(prompt)
        // Without libedit's own signal handling it learns of a resized terminal only when asked.
        el_resize(editor)
        InterruptSignal.clear()
        // libedit would draw the prompt first and only then leave the terminal's line mode, so keys typed as soon
        // as the prompt shows would be echoed by the terminal and Ctrl-D lost.
        clibedit_prepare_terminal(editor)

        var count: Int32 = 0
        guard let bytes = el_gets(editor, &count) else {
            if count < 0 && InterruptSignal.isPending {
                InterruptSignal.clear()
                el_reset(editor)
                clibedit_print(editor, "^C\n")
                return .interrupted
            }
            if count == 0 {
                // Ctrl-D leaves the cursor after the echoed "^D"; whatever the caller prints next starts a line.
                clibedit_print(editor, "\n")
            }
            return .endOfInput
        }
        // The line is NUL-terminated; its length is not trusted, as older libedit counted characters, not bytes.
        var line = String(cString: bytes)
        while line.last == "\n" || line.last == "\r" || line.last == "\r\n" {
            line.removeLast()
        }
        return .line(line)
    }

    /// Adds a non-blank line to the history and saves the history file, if there is one.
    public func addToHistory(_ line: String) {
        guard let history, line.contains(where: { !$0.isWhitespace }) else { return }
        clibedit_history_enter(history, line)
        if let historyFile, !historyUnusable {
            // An unwritable file only means the history is not kept: said once, then not tried again.
            errno = 0
            if !save(history, to: historyFile) {
                historyUnusable = true
                historyWarning = Self.historyWarning(historyFile, reading: false)
            }
        }
    }

    /// Saves the history to a temporary file renamed over the history file, so a save that fails half-way (a
    /// full disk) never leaves the file cut short. A link is followed: a history file kept elsewhere stays there.
    private func save(_ history: OpaquePointer, to file: String) -> Bool {
        var target = file
        // Links are followed by hand: realpath fails on one whose file is not made yet.
        for _ in 0..<16 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
            let length = readlink(target, &buffer, buffer.count)
            guard length > 0 else { break }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let folder = target.lastIndex(of: "/").map { String(target[...$0]) } ?? ""
            target = destination.hasPrefix("/") ? destination : folder + destination
        }
        let temporary = target + ".\(getpid()).saving"
        guard clibedit_history_save(history, temporary) >= 0, rename(temporary, target) == 0 else {
            let reason = errno
            unlink(temporary)
            errno = reason
            return false
        }
        return true
    }

    private static func historyWarning(_ file: String, reading: Bool) -> String {
        let reason = errno != 0 ? String(cString: strerror(errno)) : "not a history file"
        return "cannot \(reading ? "read" : "save") the history file \(file) (\(reason)); this session's history will not be kept"
    }

    /// The editor whose libedit handle is `editor`, found through the client data set at init.
    static func owner(of editor: OpaquePointer) -> LineEditor? {
        clibedit_client_data(editor).map { Unmanaged<LineEditor>.fromOpaque($0).takeUnretainedValue() }
    }
}
