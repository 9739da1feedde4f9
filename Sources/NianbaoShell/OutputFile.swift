import Foundation
import NianbaoCorpus

/// Writes command output to files: a whole file replaced atomically (`> FILE`), or text appended (`>> FILE`,
/// and each command after `output FILE`).
enum OutputFile {
    /// Replaces the file with `text` in one step: a reader sees the old file or the new one, never a part.
    static func replace(_ path: String, with text: String) throws(ShellError) {
        do {
            try AtomicFile.replace(path, with: text.utf8)
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }

    /// Adds `text` at the end of the file, creating it when it is not there.
    static func append(_ text: String, to path: String) throws(ShellError) {
        do {
            if !FileManager.default.fileExists(atPath: path) {
                try Data().write(to: URL(fileURLWithPath: path))
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw .cannotWrite(path: path, reason: reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
