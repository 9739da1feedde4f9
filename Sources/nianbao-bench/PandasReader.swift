import Foundation

/// Runs `Benchmarks/read_html.py`, which reads every web page of a folder with `pandas.read_html` (lxml), and
/// reads back what it printed.
struct PandasReader {
    /// What the script measured.
    struct Reading {
        let files: Int
        let tables: Int
        let failed: Int
        let seconds: Double
        let version: String
    }

    let script: String
    /// The Python to run it with: a path, or a name looked up on the PATH.
    let python: String

    /// The reading, or why there is none (no Python, no pandas, the script failed).
    func read(_ folder: String) -> Result<Reading, SkipReason> {
        guard FileManager.default.fileExists(atPath: script) else { return .failure(SkipReason("\(script) not found")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, folder]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return .failure(SkipReason("cannot start \(python): \(error.localizedDescription)")) }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lastLine = String(decoding: printed, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        let fields = (try? JSONSerialization.jsonObject(with: Data(lastLine.utf8))) as? [String: Any] ?? [:]
        if let reason = fields["skipped"] as? String { return .failure(SkipReason(reason + " (make bench installs python3-pandas python3-lxml)")) }
        guard process.terminationStatus == 0, let files = fields["files"] as? Int, let tables = fields["tables"] as? Int,
              let failed = fields["failed"] as? Int, let seconds = fields["seconds"] as? Double else {
            let detail = complaint.split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
            return .failure(SkipReason("\(script) failed: \(detail)"))
        }
        return .success(Reading(files: files, tables: tables, failed: failed, seconds: seconds, version: fields["pandas"] as? String ?? "?"))
    }
}
