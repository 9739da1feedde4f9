import Dispatch
import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoValidator

/// The reports loaded into memory, in the order they were loaded, one per source file.
public struct Corpus: Sendable {
    public private(set) var reports: [Report] = []
    /// Counts the changes to `reports`: what is worked out from the reports stays good while it is unchanged.
    public private(set) var revision = 0
    private var positionByFile: [String: Int] = [:]

    public init() {}

    /// What a load did: how many reports it read, and each file it could not read with the reason.
    public struct LoadSummary: Sendable {
        public var loaded: Int = 0
        public var replaced: Int = 0
        /// Reports read back from the cache of parsed reports rather than parsed.
        public var fromCache: Int = 0
        public var failures: [ReportFileError] = []
        /// Reports read with doubtful cells or parser warnings.
        public var withNotices: [Report] = []
    }

    /// File name endings read when a folder is loaded.
    public static let reportExtensions: Set<String> = ["txt", "text", "md", "htm", "html", "docx"]

    /// Adds report files and folders (searched recursively); a file loaded again replaces its earlier reading.
    /// Files are parsed in parallel; a file that cannot be read never stops the others.
    ///
    /// - Parameter cache: where parsed reports of folders are kept between sessions; a report whose file has not
    ///   changed since is read back from it instead of being parsed again.
    /// - Parameter isCancelled: asked before each file; once it says yes, the files not yet read are skipped.
    public mutating func load(_ paths: [String], cache: ReportCache? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil,
                              isCancelled: (@Sendable () -> Bool)? = nil) -> LoadSummary {
        var summary = LoadSummary()
        var files: [FileToLoad] = []
        var folders: [FolderToLoad] = []
        for path in paths {
            switch Self.expand(path) {
            case .success(let found):
                if found.isFolder, let cache {
                    folders.append(FolderToLoad(path: found.canonicalPath, files: files.count..<(files.count + found.files.count),
                                                cached: cache.read(for: found.canonicalPath)))
                }
                files += found.files
                summary.failures += found.unreadable
            case .failure(let error):
                summary.failures.append(error)
            }
        }
        defer { for folder in folders { folder.cached?.deallocate() } }
        let cachedEntries = Self.cachedEntries(of: files, in: folders)
        let results = Self.readInParallel(files, cached: cachedEntries, archiving: cache != nil, progress: progress, isCancelled: isCancelled)
        // Room for every new report at once: grown by doubling, the array would hold up to twice what it needs,
        // and the index of files would be rebuilt at each doubling.
        reports.reserveCapacity(reports.count + files.count)
        positionByFile.reserveCapacity(positionByFile.count + files.count)
        for (file, result) in zip(files, results) {
            switch result.report {
            case .success(let report):
                if add(report, canonicalPath: file.canonicalPath) { summary.replaced += 1 }
                summary.loaded += 1
                if result.fromCache { summary.fromCache += 1 }
                if report.diagnostics.contains(where: { $0.severity >= .warning }) { summary.withNotices.append(report) }
            case .failure(let error):
                summary.failures.append(error)
            }
        }
        if let cache {
            for folder in folders { Self.update(cache, of: folder, files: files, results: results) }
        }
        return summary
    }

    /// Adds one report; true when it replaced an earlier reading of the same file, however its path was spelled.
    @discardableResult
    public mutating func add(_ report: Report) -> Bool {
        add(report, canonicalPath: Self.canonicalPath(report.source))
    }

    private mutating func add(_ report: Report, canonicalPath file: String) -> Bool {
        revision += 1
        if let position = positionByFile[file] {
            reports[position] = report
            return true
        }
        positionByFile[file] = reports.count
        reports.append(report)
        return false
    }

    /// `Corpus/a.txt`, `./Corpus/a.txt` and `/repo/Corpus/a.txt` name one file, so loading it again replaces it.
    private static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A file to read: its path as given, the same path made canonical, and its path inside the loaded folder.
    private struct FileToLoad: Sendable {
        let path: String
        let canonicalPath: String
        let pathInFolder: String
    }

    /// A folder given to `load`: which of the files to load it holds, and its cache file as read.
    private struct FolderToLoad {
        let path: String
        let files: Range<Int>
        let cached: ReportCache.Contents?
    }

    private static func expand(_ path: String) -> Result<(files: [FileToLoad], isFolder: Bool, canonicalPath: String, unreadable: [ReportFileError]), ReportFileError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReportFileError(path: path, reason: "no such file or folder"))
        }
        let canonical = canonicalPath(path)
        guard isDirectory.boolValue else {
            return .success(([FileToLoad(path: path, canonicalPath: canonical, pathInFolder: (path as NSString).lastPathComponent)], false, canonical, []))
        }
        let listing = FolderListing(folder: path, extensions: reportExtensions)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        // The folder is made canonical once; a name inside it is taken as listed.
        let files = listing.files.map { relative in
            FileToLoad(path: prefix + relative, canonicalPath: canonical + "/" + relative, pathInFolder: relative)
        }
        return .success((files, true, canonical, listing.unreadable))
    }

    /// For each file, its cache entry when its folder's cache file has one (whether still valid is checked later).
    private static func cachedEntries(of files: [FileToLoad], in folders: [FolderToLoad]) -> [CachedEntry?] {
        var entries = [CachedEntry?](repeating: nil, count: files.count)
        for folder in folders {
            guard let cached = folder.cached else { continue }
            for index in folder.files {
                entries[index] = cached.entries[files[index].pathInFolder].map {
                    CachedEntry(stamp: $0.stamp, bytes: UnsafeRawBufferPointer(rebasing: cached.bytes[$0.range]))
                }
            }
        }
        return entries
    }

    private struct CachedEntry: @unchecked Sendable {
        let stamp: FileStamp
        let bytes: UnsafeRawBufferPointer
    }

    /// What reading one file gave: the report or why not, the file's stamp, and the report archived for the
    /// cache when it was parsed now (nil when it came from the cache).
    private struct ReadResult: Sendable {
        var report: Result<Report, ReportFileError>
        var stamp: FileStamp?
        var archive: [UInt8]?
        var fromCache = false
    }

    private static func readInParallel(_ files: [FileToLoad], cached: [CachedEntry?], archiving: Bool,
                                       progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?) -> [ReadResult] {
        let results = ResultBox<ReadResult>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            if isCancelled?() == true {
                _ = results.store(ReadResult(report: .failure(ReportFileError(path: file.path, reason: "not read: the load was interrupted"))), at: index)
                return
            }
            let stamp = archiving ? FileStamp(path: file.path) : nil
            let result: ReadResult
            if let stamp, let entry = cached[index], entry.stamp == stamp,
               let report = try? unarchive(entry.bytes, source: file.path) {
                result = ReadResult(report: .success(report), stamp: stamp, fromCache: true)
            } else {
                do {
                    var report = try ReportParser.parse(fileAt: file.path)
                    // The rest of the text is read again from the file when shown.
                    report.abridgeNarrative(keepingLinesWith: Validator.narrativeWords)
                    var writer = ArchiveWriter()
                    if archiving { report.archive(into: &writer) }
                    result = ReadResult(report: .success(report), stamp: stamp, archive: archiving ? writer.bytes : nil)
                } catch let error as ReportFileError {
                    result = ReadResult(report: .failure(error))
                } catch {
                    result = ReadResult(report: .failure(ReportFileError(path: file.path, reason: "\(error)")))
                }
            }
            let done = results.store(result, at: index)
            progress?(done, files.count)
        }
        return results.values.map { $0! }
    }

    private static func unarchive(_ bytes: UnsafeRawBufferPointer, source: String) throws -> Report {
        var reader = ArchiveReader(bytes)
        return try Report(unarchiving: &reader, source: source)
    }

    /// Rewrites a folder's cache file when what was read differs from what it holds: a file parsed again, added
    /// or gone. A cache that cannot be written only costs the next load its speed, so failing is silent.
    private static func update(_ cache: ReportCache, of folder: FolderToLoad, files: [FileToLoad], results: [ReadResult]) {
        let changed = folder.files.contains { results[$0].archive != nil } || folder.cached?.entries.count != folder.files.count
        guard changed else { return }
        var kept: [(path: String, stamp: FileStamp, archive: [UInt8])] = []
        for index in folder.files {
            guard let stamp = results[index].stamp, case .success = results[index].report else { continue }
            let path = files[index].pathInFolder
            if let archive = results[index].archive {
                kept.append((path, stamp, archive))
            } else if let cached = folder.cached, let entry = cached.entries[path] {
                kept.append((path, stamp, Array(cached.bytes[entry.range])))
            }
        }
        try? cache.write(kept, for: folder.path)
    }
}

/// Results written from parallel workers, each to its own slot.
private final class ResultBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value?]
    private var done = 0

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ result: Value, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        values[index] = result
        done += 1
        return done
    }
}
