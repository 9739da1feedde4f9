import Glibc

/// A program running under a pseudo-terminal, driven like a user at a keyboard, for end-to-end tests of the
/// interactive shell.
///
/// Send keys as text: `"\r"` is Enter, `"\t"` Tab, `"\u{3}"` Ctrl-C, `"\u{4}"` Ctrl-D, `"\u{1B}[A"` Up.
/// Output arrives exactly as the program wrote it, escape sequences and `\r\n` included.
final class PseudoTerminal {
    /// How the program ended.
    enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Why driving the program failed; the output received so far is in the message.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let processID: pid_t
    /// The controlling side of the terminal: the program's keyboard and screen.
    private let controller: Int32
    /// Output read but not yet returned by `expect`.
    private var unmatched: [UInt8] = []
    /// Everything the program wrote so far.
    private(set) var transcript: [UInt8] = []
    private(set) var termination: Termination?

    /// Starts `executable` with its standard streams on a new terminal of the given size, as the leader of a
    /// new session, so that Ctrl-C reaches it as SIGINT.
    ///
    /// - Parameters:
    ///   - environment: The program's whole environment; set `TERM`, and `HOME` to keep its files out of
    ///     the user's.
    ///   - workingDirectory: Where the program starts; `nil` keeps the test's own.
    init(
        executable: String,
        arguments: [String] = [],
        environment: [String: String] = ["TERM": "xterm"],
        workingDirectory: String? = nil,
        columns: Int = 80,
        rows: Int = 24
    ) throws {
        var controller: Int32 = 0
        var terminal: Int32 = 0
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &terminal, nil, nil, &size) == 0 else { throw Failure(systemCall: "openpty") }
        // Only the program may hold the terminal side: once it exits, reads here end instead of blocking.
        defer { close(terminal) }
        _ = fcntl(controller, F_SETFD, FD_CLOEXEC)
        _ = fcntl(terminal, F_SETFD, FD_CLOEXEC)
        self.controller = controller
        do {
            var name = [CChar](repeating: 0, count: 256)
            guard ttyname_r(terminal, &name, name.count) == 0 else { throw Failure(systemCall: "ttyname_r") }
            let terminalPath = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            processID = try Self.spawn(
                executable, arguments: arguments, environment: environment, workingDirectory: workingDirectory,
                terminalPath: terminalPath)
        } catch {
            close(controller)
            throw error
        }
    }

    deinit {
        if termination == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
        }
        close(controller)
    }

    /// Types `text` into the terminal.
    func send(_ text: String) throws {
        try send(bytes: Array(text.utf8))
    }

    /// Types bytes into the terminal, whether or not they are text.
    func send(bytes: [UInt8]) throws {
        var bytes = bytes[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure(systemCall: "write")
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Reads until the output contains `text`, and returns the output from the end of the previous match up to
    /// and including this one.
    @discardableResult
    func expect(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let end = Self.end(of: needle, in: unmatched) {
                let matched = String(decoding: unmatched[..<end], as: UTF8.self)
                unmatched.removeFirst(end)
                return matched
            }
            let remaining = deadline - .now
            guard remaining > .zero else {
                throw Failure("timed out after \(timeout) waiting for \(quoted: text); received \(quoted: unreadText)")
            }
            guard readAvailableOutput(waitingAtMost: remaining) else {
                throw Failure("the terminal closed while waiting for \(quoted: text); received \(quoted: unreadText)")
            }
        }
    }

    /// Reads until the program closes the terminal, and returns everything not yet matched.
    func readToEnd(timeout: Duration = .seconds(5)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while readAvailableOutput(waitingAtMost: deadline - .now) {
            guard ContinuousClock.now < deadline else {
                throw Failure("timed out after \(timeout) waiting for the terminal to close; received \(quoted: unreadText)")
            }
        }
        defer { unmatched.removeAll() }
        return unreadText
    }

    /// Waits for the program to end by itself, reading its output meanwhile so it never blocks on a full terminal.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(5)) throws -> Termination {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let termination { return termination }
            var status: Int32 = 0
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID {
                // Linux encodes the exit code in bits 8-15 and a terminating signal in bits 0-6.
                let signal = status & 0x7F
                termination = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
                continue
            }
            if result < 0 && errno != EINTR { throw Failure(systemCall: "waitpid") }
            guard ContinuousClock.now < deadline else {
                throw Failure("the program was still running after \(timeout); received \(quoted: unreadText)")
            }
            if !readAvailableOutput(waitingAtMost: .milliseconds(10)) {
                // The terminal is closed but the process has not ended yet.
                usleep(10_000)
            }
        }
    }

    /// Ends the program with `signal`, or SIGKILL if it is still running after `timeout`.
    @discardableResult
    func terminate(signal: Int32 = SIGTERM, timeout: Duration = .seconds(2)) throws -> Termination {
        if let termination { return termination }
        kill(processID, signal)
        if let ended = try? waitForExit(timeout: timeout) { return ended }
        kill(processID, SIGKILL)
        return try waitForExit(timeout: timeout)
    }

    private var unreadText: String {
        String(decoding: unmatched, as: UTF8.self)
    }

    /// Waits for output and appends what arrives; returns false once the program has closed the terminal.
    private func readAvailableOutput(waitingAtMost wait: Duration) -> Bool {
        let (seconds, attoseconds) = max(wait, .zero).components
        let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, max(milliseconds, 1))
        guard ready > 0 else { return true }

        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(controller, &buffer, buffer.count)
        if count > 0 {
            unmatched += buffer[..<count]
            transcript += buffer[..<count]
            return true
        }
        // Linux reports EIO, not end of file, once no process holds the terminal open.
        return count < 0 && (errno == EINTR || errno == EAGAIN)
    }

    /// The index just past the first occurrence of `needle` in `haystack`.
    private static func end(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }

    /// Starts the program in a new session whose controlling terminal is the one at `terminalPath`.
    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String], workingDirectory: String?,
        terminalPath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Tests run in parallel: without this the program would keep open the pipes of programs other tests
        // start meanwhile, and their readers would wait for it to end before seeing end of file.
        if let closeFrom = GNUSpawnActions.closeFrom {
            _ = closeFrom(&actions, 3)
        }
        if let workingDirectory {
            guard let changeDirectory = GNUSpawnActions.changeDirectory else {
                throw Failure("posix_spawn_file_actions_addchdir_np is not available to start in \(workingDirectory)")
            }
            let result = changeDirectory(&actions, workingDirectory)
            guard result == 0 else { throw Failure(systemCall: "posix_spawn_file_actions_addchdir_np", code: result) }
        }
        // Opened after setsid, without O_NOCTTY, the terminal becomes the session's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A test runner may block or ignore signals; the program must see Ctrl-C and friends as usual.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var usualSignals = sigset_t()
        sigemptyset(&usualSignals)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH] {
            sigaddset(&usualSignals, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &usualSignals)
        // glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module hides behind _GNU_SOURCE.
        let newSession: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(newSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var processID: pid_t = 0
        let result = posix_spawn(&processID, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure(systemCall: "posix_spawn \(executable)", code: result) }
        return processID
    }
}

extension PseudoTerminal.Failure {
    init(_ description: String) {
        self.description = description
    }

    init(systemCall: String, code: Int32 = errno) {
        self.description = "\(systemCall) failed: \(String(cString: strerror(code)))"
    }
}

extension DefaultStringInterpolation {
    /// Shows text as a Swift literal, so control characters and escape sequences in a failure are visible.
    fileprivate mutating func appendInterpolation(quoted text: String) {
        appendInterpolation(text.debugDescription)
    }
}

/// glibc's spawn actions that Swift's Glibc module hides behind _GNU_SOURCE, looked up when needed.
private enum GNUSpawnActions {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34).
    static var closeFrom: CloseFrom? { symbol("posix_spawn_file_actions_addclosefrom_np") }

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29).
    static var changeDirectory: ChangeDirectory? { symbol("posix_spawn_file_actions_addchdir_np") }

    private static func symbol<Function>(_ name: String) -> Function? {
        guard let program = dlopen(nil, RTLD_NOW), let address = dlsym(program, name) else { return nil }
        return unsafeBitCast(address, to: Function.self)
    }
}
