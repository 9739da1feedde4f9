import Foundation

/// Replaces files in one step: the new contents go to a temporary file beside the old one, which is renamed over
/// it only once every byte is written and flushed to disk. A reader sees the old file or the new one, never a
/// part; a failure at any point leaves the old file as it was and no temporary file behind.
public enum AtomicFile {
    /// Why a file could not be replaced, in words that complete "cannot write PATH: …".
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// Replaces the file at `path` with `bytes`, creating it when it is not there.
    public static func replace(_ path: String, with bytes: some Collection<UInt8>) throws(Failure) {
        try replace(path) { descriptor throws(Failure) in
            var remaining = Array(bytes)[...]
            while !remaining.isEmpty {
                let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw Failure(reason: systemError()) }
                remaining = remaining.dropFirst(written)
            }
        }
    }

    /// Replaces the file at `path` with what `write` writes to the descriptor of the temporary file; when `write`
    /// throws, the old file stays and the temporary file is removed.
    static func replace(_ path: String, writing write: (Int32) throws(Failure) -> Void) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        // Hidden, beside the file (a rename cannot cross file systems), and unique (mkstemp fills the Xs).
        var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(reason: systemError()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        do throws(Failure) {
            try write(descriptor)
            // The file keeps its permissions; a new one gets the usual rw-r--r-- rather than mkstemp's rw-------.
            var existing = stat()
            let mode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw Failure(reason: systemError()) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw Failure(reason: systemError()) }
        guard rename(temporary, path) == 0 else { throw Failure(reason: systemError()) }
        renamed = true
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
