import Dispatch
import Foundation
import NianbaoModel
import NianbaoParser

/// The reports loaded into memory, in the order they were loaded, one per source file.
public struct Corpus: Sendable {
    public private(set) var reports: [Report] = []
    private var positionByFile: [String: Int] = [:]

    public init() {}

    /// What a load did: how many reports it read, and each file it could not read with the reason.
    public struct LoadSummary: Sendable {
        public var loaded: Int = 0
        public var replaced: Int = 0
        public var failures: [ReportFileError] = []
        /// Reports read with doubtful cells or parser warnings.
        public var withNotices: [Report] = []
    }

    /// File name endings read when a folder is loaded.
    public static let reportExtensions: Set<String> = ["txt", "text", "md", "htm", "html", "docx"]

    /// Adds report files and folders (searched recursively); a file loaded again replaces its earlier reading.
    /// Files are parsed in parallel; a file that cannot be read never stops the others.
    public mutating func load(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> LoadSummary {
        var summary = LoadSummary()
        var files: [String] = []
        for path in paths {
            switch Self.expand(path) {
            case .success(let found): files += found
            case .failure(let error): summary.failures.append(error)
            }
        }
        let results = Self.parseInParallel(files, progress: progress)
        for result in results {
            switch result {
            case .success(let report):
                if add(report) { summary.replaced += 1 }
                summary.loaded += 1
                if report.diagnostics.contains(where: { $0.severity >= .warning }) { summary.withNotices.append(report) }
            case .failure(let error):
                summary.failures.append(error)
            }
        }
        return summary
    }

    /// Adds one report; true when it replaced an earlier reading of the same file, however its path was spelled.
    @discardableResult
    public mutating func add(_ report: Report) -> Bool {
        let file = Self.canonicalPath(report.source)
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

    private static func expand(_ path: String) -> Result<[String], ReportFileError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReportFileError(path: path, reason: "no such file or folder"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            return .failure(ReportFileError(path: path, reason: "cannot list this folder"))
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), reportExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            files.append((path as NSString).appendingPathComponent(relative))
        }
        return .success(files.sorted())
    }

    private static func parseInParallel(_ files: [String], progress: (@Sendable (Int, Int) -> Void)?) -> [Result<Report, ReportFileError>] {
        let results = ResultBox(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result: Result<Report, ReportFileError>
            do {
                result = .success(try ReportParser.parse(fileAt: files[index]))
            } catch let error as ReportFileError {
                result = .failure(error)
            } catch {
                result = .failure(ReportFileError(path: files[index], reason: "\(error)"))
            }
            let done = results.store(result, at: index)
            progress?(done, files.count)
        }
        return results.values.map { $0! }
    }
}

/// Results written from parallel workers, each to its own slot.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<Report, ReportFileError>?]
    private var done = 0

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ result: Result<Report, ReportFileError>, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        values[index] = result
        done += 1
        return done
    }
}
