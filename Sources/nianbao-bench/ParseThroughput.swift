import Foundation
import NianbaoParser

/// How fast ReportParser reads one kind of report on one core, from bytes already in memory.
struct ParseThroughput {
    let reports: Int
    let bytes: Int
    let seconds: Double

    var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
    var reportsPerSecond: Double { Double(reports) / seconds }

    /// Parses each file's bytes (`sources` names them in diagnostics), after reading them all in first.
    static func measure(_ contents: [[UInt8]], sources: [String]) -> ParseThroughput? {
        let bytes = contents.reduce(0) { $0 + $1.count }
        guard bytes > 0 else { return nil }
        var tables = 0
        let time = Timing.seconds {
            for (index, data) in contents.enumerated() {
                if let report = try? ReportParser.parse(bytes: data, source: sources[index]) { tables += report.tables.count }
            }
        }
        // Using the result keeps the optimiser from dropping the parse.
        precondition(tables >= 0)
        return ParseThroughput(reports: contents.count, bytes: bytes, seconds: time)
    }

    /// The line printed for it.
    var description: String {
        "\(format(megabytesPerSecond, 1)) MB/s, \(format(reportsPerSecond, 0)) reports/s (\(reports) reports, \(format(Double(bytes) / 1e6, 1)) MB)"
    }
}
