import Foundation
import Glibc
import NianbaoModel

/// Parsed reports kept on disk between sessions, one file per loaded folder, so that reopening a large corpus
/// reads back what was parsed instead of parsing it again.
///
/// A cached report is used only while its file keeps the size, modification time and inode it had when it was
/// parsed, and only by the build of the program that wrote it (a new parser may read a file differently).
/// A damaged or foreign cache file is ignored and replaced; it never stops a load.
public struct ReportCache: Sendable {
    /// The folder that holds the cache files.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// `$NIANBAO_CACHE`, else `$XDG_CACHE_HOME/nianbao`, else `~/.cache/nianbao`; nil when `NIANBAO_CACHE` is
    /// `off`, there is no home, or the running program cannot be told from another build.
    public static var standard: ReportCache? {
        guard build != nil else { return nil }
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["NIANBAO_CACHE"], !chosen.isEmpty {
            return chosen == "off" ? nil : ReportCache(folder: chosen)
        }
        if let cacheHome = environment["XDG_CACHE_HOME"], !cacheHome.isEmpty {
            return ReportCache(folder: cacheHome + "/nianbao")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return ReportCache(folder: home + "/.cache/nianbao")
    }

    /// One cached report: the stamp of its file when it was parsed and where its archive lies in `bytes`.
    struct Entry {
        let stamp: FileStamp
        let range: Range<Int>
    }

    /// A cache file read into memory.
    struct Contents: @unchecked Sendable {
        let bytes: UnsafeMutableRawBufferPointer
        let entries: [String: Entry]

        func deallocate() { bytes.deallocate() }
    }

    /// The cache file of the folder at `path` (any spelling of the folder's path gives the same file).
    func file(for loadedFolder: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in loadedFolder.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return folder + "/" + String(hash, radix: 16) + ".reports"
    }

    /// The cached reports of a folder by path relative to it; nil when there is no usable cache file.
    func read(for loadedFolder: String) -> Contents? {
        guard let bytes = Self.contents(of: file(for: loadedFolder)) else { return nil }
        var reader = ArchiveReader(UnsafeRawBufferPointer(bytes))
        do {
            guard try reader.readString() == Self.format, try reader.readString() == Self.build ?? "" else {
                bytes.deallocate()
                return nil
            }
            var entries: [String: Entry] = [:]
            let count = try reader.readCount()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.readString()
                let stamp = FileStamp(size: try reader.readInt64(), modified: try reader.readInt64(), inode: try reader.readUInt64())
                let length = try reader.readCount()
                let start = reader.offset
                _ = try reader.readBytes(length)
                entries[path] = Entry(stamp: stamp, range: start..<(start + length))
            }
            return Contents(bytes: bytes, entries: entries)
        } catch {
            bytes.deallocate()
            return nil
        }
    }

    /// The whole file read straight into memory that the caller deallocates (a cache file runs to a hundred
    /// megabytes or more: read once, not copied again); nil when it cannot be read.
    private static func contents(of path: String) -> UnsafeMutableRawBufferPointer? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: Int(status.st_size), alignment: 8)
        var filled = 0
        while filled < bytes.count {
            let count = Glibc.read(descriptor, bytes.baseAddress! + filled, bytes.count - filled)
            guard count > 0 else {
                bytes.deallocate()
                return nil
            }
            filled += count
        }
        return bytes
    }

    /// Replaces the folder's cache file with these reports, in one step: a reader sees the old file or the new one.
    func write(_ reports: [(path: String, stamp: FileStamp, archive: [UInt8])], for loadedFolder: String) throws {
        guard let build = Self.build else { return }
        var writer = ArchiveWriter()
        writer.write(Self.format)
        writer.write(build)
        writer.write(reports.count)
        for report in reports {
            writer.write(report.path)
            writer.write(report.stamp.size)
            writer.write(report.stamp.modified)
            writer.write(report.stamp.inode)
            writer.write(report.archive.count)
            writer.write(raw: report.archive)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.replace(file(for: loadedFolder), with: writer.bytes)
    }

    /// Changes whenever the layout of a cache file does.
    private static let format = "nianbao reports 2"

    /// The running program's size and modification time: a rebuilt program does not trust an older cache.
    private static let build: String? = FileStamp(path: "/proc/self/exe").map { "\($0.size)-\($0.modified)" }
}
