import Foundation
import NianbaoTestSupport

/// The built `nianbao` executable, and a way to run it as a batch program with pipes on its standard streams.
enum BuiltProgram {
    /// Where the executable is: `NIANBAO_EXECUTABLE` when set, else beside the test bundle (the products folder of
    /// the build that built the tests), else `.build/debug/nianbao` under the repository.
    static let path: String = locate()

    /// What one run of the program did.
    struct Run: Sendable, CustomStringConvertible {
        /// The exit status, or 128 plus the signal that ended it.
        let status: Int32
        let standardOutput: String
        let standardError: String

        /// Both streams, for checks that must hold wherever a line went.
        var allOutput: String { standardOutput + standardError }

        /// The non-empty lines of standard output.
        var outputLines: [String] {
            standardOutput.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }

        var description: String {
            "exit status \(status)\n--- stdout ---\n\(standardOutput)--- stderr ---\n\(standardError)"
        }
    }

    /// Why a run could not be completed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// An environment with nothing from the test's own: no `NO_COLOR`, no `LANG`, and a `HOME` that does not
    /// exist, so a run can never touch the user's history.
    static func environment(adding extra: [String: String] = [:]) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent/nianbao-end-to-end-home"].merging(extra) { $1 }
    }

    /// Runs the program and waits for it to end.
    ///
    /// - Parameters:
    ///   - arguments: The command-line arguments, without the program name.
    ///   - input: Written to its standard input (a pipe, so not a terminal), which is then closed.
    ///   - inputBytes: Written instead of `input` when given, for input that is not text.
    ///   - environment: Its whole environment.
    ///   - workingDirectory: Where it starts; the repository root by default, where it finds `./Corpus`.
    ///   - timeout: How long it may run before it is killed and the run fails.
    static func run(
        _ arguments: [String],
        input: String = "",
        inputBytes: [UInt8]? = nil,
        environment: [String: String] = environment(),
        workingDirectory: URL = Repository.root,
        timeout: Duration = .seconds(20)
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = workingDirectory

        let inputPipe = Pipe()
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe

        // The input is written whole before the program starts, so writing can neither block on a program that
        // does not read nor raise SIGPIPE in the test runner when it exits early. A pipe holds 64 KiB.
        let inputBytes = inputBytes.map { Data($0) } ?? Data(input.utf8)
        guard inputBytes.count <= 32 * 1024 else { throw Failure(description: "input too long for one pipe buffer") }
        try inputPipe.fileHandleForWriting.write(contentsOf: inputBytes)
        try inputPipe.fileHandleForWriting.close()

        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()

        // Both pipes are drained while the program runs, so it never blocks on a full pipe.
        let output = PipeReader(outputPipe.fileHandleForReading)
        let errors = PipeReader(errorPipe.fileHandleForReading)

        if ended.wait(timeout: .now() + timeout.timeInterval) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = ended.wait(timeout: .now() + 5)
            let soFar = Run(status: -1, standardOutput: output.finish(within: 1), standardError: errors.finish(within: 1))
            throw Failure(description: "nianbao \(arguments) did not end within \(timeout); killed\n\(soFar)")
        }
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Run(status: status, standardOutput: output.finish(within: 5), standardError: errors.finish(within: 5))
    }

    private static func locate() -> String {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["NIANBAO_EXECUTABLE"], fileManager.isExecutableFile(atPath: path) {
            return path
        }
        var folders: [URL] = []
        // On Linux the test runner is the `.xctest` executable itself, in the products folder.
        if let runner = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        // On macOS the `.xctest` bundle sits in the products folder.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(Repository.root.appendingPathComponent(".build/debug"))
        let candidates = folders.map { $0.appendingPathComponent("nianbao").path }
        return candidates.first(where: fileManager.isExecutableFile(atPath:)) ?? candidates.last!
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let bytes = (try? handle.readToEnd()) ?? Data()
            lock.withLock { data = bytes }
            done.signal()
        }
    }

    /// The text read, waiting at most `seconds` for the end of file.
    func finish(within seconds: Double) -> String {
        _ = done.wait(timeout: .now() + seconds)
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}

/// A fresh folder under the system's temporary folder, removed when the value is released.
final class TemporaryFolder: Sendable {
    let url: URL

    private init(url: URL) { self.url = url }

    static func make(named name: String = "test") -> TemporaryFolder {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("nianbao-e2e-\(name)-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return TemporaryFolder(url: url)
    }

    /// Writes `text` as UTF-8 to a file in the folder and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

extension Duration {
    /// The duration in seconds, for Dispatch.
    var timeInterval: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
