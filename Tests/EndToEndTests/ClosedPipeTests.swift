import Foundation
import NianbaoTestSupport
import Testing

/// `nianbao -c 'export json' | head -c 10`: when the reader of its output goes away the program stops quietly,
/// never killed by SIGPIPE and never complaining on standard error.
@Suite struct ClosedPipeTests {
    @Test func readerClosingEarlyEndsTheProgramQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProgram.path)
        // Far more than a pipe holds (64 KiB), so the program is still writing when the reader goes.
        process.arguments = Array(repeating: ["-c", "export json"], count: 6).flatMap { $0 }
        process.environment = BuiltProgram.environment()
        process.currentDirectoryURL = Repository.root
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors

        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        // The test's copy of the write end must go, or the read end never sees the program's writes fail.
        try output.fileHandleForWriting.close()
        try errors.fileHandleForWriting.close()

        let head = try output.fileHandleForReading.read(upToCount: 10) ?? Data()
        #expect(head.count == 10)
        try output.fileHandleForReading.close()

        let errorText = ErrorDrain(errors.fileHandleForReading)
        guard ended.wait(timeout: .now() + 20) == .success else {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("nianbao did not end after its reader went away")
            return
        }
        #expect(process.terminationReason == .exit, "ended by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        let stderr = errorText.text(within: 5)
        #expect(stderr.isEmpty, "stderr: \(stderr)")
    }
}

/// Reads standard error to its end on a thread of its own.
private final class ErrorDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = (try? handle.readToEnd()) ?? Data()
            done.signal()
        }
    }

    func text(within seconds: Double) -> String {
        _ = done.wait(timeout: .now() + seconds)
        return String(decoding: data, as: UTF8.self)
    }
}
