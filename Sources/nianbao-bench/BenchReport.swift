import Foundation

/// Prints the benchmark's figures as a readable report, one figure per line with its target where the issue
/// states one, marked met or missed, and ends with the tally of targets.
struct BenchReport {
    /// A figure checked against its target: met, missed, or nil when it could not be measured.
    private struct Verdict {
        let name: String
        let met: Bool?
    }

    private var verdicts: [Verdict] = []
    /// Width of the figure's name column.
    private let nameWidth = 20

    /// The reports the targets speak of: figures that grow with the corpus are scaled to this many.
    static let targetReports = 100_000

    /// A figure with no target.
    func figure(_ name: String, _ text: String) {
        print(padded(name) + text)
    }

    /// A figure and, on the same line, its target and whether it was met.
    mutating func figure(_ name: String, _ text: String, target: String, met: Bool) {
        verdicts.append(Verdict(name: name.trimmingCharacters(in: .whitespaces), met: met))
        print(padded(name) + text + "  [target \(target): " + (met ? "met" : "MISSED") + "]")
    }

    /// A figure that could not be measured, and why.
    mutating func skipped(_ name: String, _ reason: String, target: String? = nil) {
        var line = padded(name) + "skipped: " + reason
        if let target {
            verdicts.append(Verdict(name: name.trimmingCharacters(in: .whitespaces), met: nil))
            line += "  [target \(target): not measured]"
        }
        print(line)
    }

    /// An indented line saying how a figure was measured.
    func note(_ text: String) {
        print(String(repeating: " ", count: nameWidth) + text)
    }

    /// A heading over a group of figures.
    func section(_ title: String) {
        print()
        print(title)
    }

    /// The tally: how many targets were met, and which were missed or not measured.
    func summary() {
        print()
        let missed = verdicts.filter { $0.met == false }.map(\.name)
        let unmeasured = verdicts.filter { $0.met == nil }.map(\.name)
        var line = "targets: \(verdicts.filter { $0.met == true }.count) of \(verdicts.count) met"
        if !missed.isEmpty { line += "; missed: " + missed.joined(separator: ", ") }
        if !unmeasured.isEmpty { line += "; not measured: " + unmeasured.joined(separator: ", ") }
        print(line)
    }

    private func padded(_ name: String) -> String {
        name.count >= nameWidth ? name + " " : name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
    }
}
