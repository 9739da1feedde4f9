import Foundation
import NianbaoTestSupport
import Testing

/// `nianbao` run with `-c`, `-f` or a pipe: results on stdout, errors on stderr, and the exit status.
@Suite("Batch mode")
struct BatchModeTests {
    @Test func sumOfPenaltyDecisionsOverSeedCorpus() throws {
        let run = try BuiltProgram.run(["-c", "sum 行政处罚"])

        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        let totalLine = try #require(run.outputLines.first { $0.contains("行政处罚") && words(of: $0).contains("889") }, "\(run)")
        #expect(words(of: totalLine).contains("5"), "the total is over the 5 seed reports: \(totalLine)")
    }

    @Test func sumAsJSONCountsFiveReports() throws {
        let run = try BuiltProgram.run(["--format", "json", "-c", "sum 行政处罚"])

        #expect(run.status == 0, "\(run)")
        let record = try #require(try jsonObjects(in: run.standardOutput).first { $0["total"] != nil }, "\(run)")
        #expect(record["total"] as? Int == 889)
        #expect(record["reports"] as? Int == 5)
    }

    @Test func commandOptionsRunInOrder() throws {
        let run = try BuiltProgram.run(["-c", "list 2020", "-c", "sum 行政处罚", "-c", "list 百丈镇"])

        #expect(run.status == 0, "\(run)")
        let output = run.standardOutput
        let first = try #require(output.range(of: "湖墅街道"), "\(run)")
        let second = try #require(output.range(of: "889"), "\(run)")
        let third = try #require(output.range(of: "百丈镇"), "\(run)")
        #expect(first.lowerBound < second.lowerBound && second.lowerBound < third.lowerBound, "\(run)")
    }

    @Test func quitStopsLaterCommands() throws {
        let run = try BuiltProgram.run(["-c", "list 2020", "-c", "quit", "-c", "sum 行政处罚"])

        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.contains("湖墅街道"), "\(run)")
        #expect(!run.standardOutput.contains("889"), "\(run)")
    }

    @Test func scriptWithCommentsAndBlankLines() throws {
        let folder = TemporaryFolder.make()
        let script = try folder.write("""
            # Totals first, then one report.

            sum 行政处罚
              \t
            # list 百丈镇 would show another agency
            list 2020

            """, to: "totals.nianbao")

        let run = try BuiltProgram.run(["-f", script.path])

        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        #expect(run.standardOutput.contains("889"), "\(run)")
        #expect(run.standardOutput.contains("湖墅街道"), "\(run)")
        #expect(!run.standardOutput.contains("百丈镇"), "a comment line is not run: \(run)")
    }

    @Test func unknownCommandInScriptNamesFileAndLine() throws {
        let folder = TemporaryFolder.make()
        let script = try folder.write("list 2020\nfrobnicate 2023\nsum 行政处罚\n", to: "mistake.nianbao")

        let run = try BuiltProgram.run(["-f", script.path])

        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.hasPrefix("\(script.path):2: error: "), "\(run)")
        #expect(run.standardError.contains("frobnicate"), "\(run)")
        #expect(!run.standardOutput.contains("error"), "errors go to stderr only: \(run)")
        #expect(run.standardOutput.contains("湖墅街道"), "the line before still ran: \(run)")
        #expect(run.standardOutput.contains("889"), "the line after still ran: \(run)")
    }

    @Test func unreadableScriptIsAnError() throws {
        let folder = TemporaryFolder.make()
        let missing = folder.url.appendingPathComponent("missing.nianbao").path

        let run = try BuiltProgram.run(["-f", missing])

        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("error: "), "\(run)")
        #expect(run.standardError.contains(missing), "\(run)")
    }

    @Test func pipedCommandsRunWithoutPromptOrHistory() throws {
        let home = TemporaryFolder.make(named: "home")

        let run = try BuiltProgram.run(
            [], input: "sum 行政处罚\n# a comment\n\nlist 2020\n",
            environment: BuiltProgram.environment(adding: ["HOME": home.url.path]))

        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        #expect(run.standardOutput.contains("889"), "\(run)")
        #expect(run.standardOutput.contains("湖墅街道"), "\(run)")
        #expect(!run.allOutput.contains("nianbao>"), "no prompt on a pipe: \(run)")
        let history = home.url.appendingPathComponent(".nianbao_history").path
        #expect(!FileManager.default.fileExists(atPath: history), "piped commands are not kept in the history")
    }

    @Test func pipedCommandFailureExitsWithOne() throws {
        let run = try BuiltProgram.run([], input: "frobnicate\nsum 行政处罚\n")

        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.hasPrefix("error: "), "\(run)")
        #expect(run.standardOutput.contains("889"), "later lines still run: \(run)")
    }

    @Test func checkOnSeedCorpusSucceeds() throws {
        let run = try BuiltProgram.run(["-c", "check"])

        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
    }

    @Test func checkFindsBrokenTotalAndFails() throws {
        let folder = TemporaryFolder.make()
        let broken = try writeReportWithBrokenTotal(in: folder)

        let run = try BuiltProgram.run(["-c", "check", folder.url.path])

        #expect(run.status == 1, "\(run)")
        #expect(run.standardOutput.contains("t3.total.total"), "\(run)")
        #expect(run.standardOutput.contains(broken.lastPathComponent), "the finding names the file: \(run)")
    }

    @Test func checkFindingsAsJSONLines() throws {
        let folder = TemporaryFolder.make()
        let broken = try writeReportWithBrokenTotal(in: folder)

        let run = try BuiltProgram.run(["--format", "json", "-c", "check", folder.url.path])

        #expect(run.status == 1, "\(run)")
        let findings = try jsonObjects(in: run.standardOutput).filter { $0["cells"] != nil }
        #expect(!findings.isEmpty, "\(run)")
        for finding in findings {
            for key in ["source", "year", "agency", "rule", "severity", "cells", "message", "expected", "found", "line"] {
                #expect(finding[key] != nil, "finding without \(key): \(finding)")
            }
        }
        let aboutTotal = findings.filter { ($0["cells"] as? [String])?.contains("t3.total.total") == true }
        #expect(!aboutTotal.isEmpty, "\(run)")
        for finding in aboutTotal {
            #expect(finding["severity"] as? String == "error")
            #expect((finding["source"] as? String)?.hasSuffix(broken.lastPathComponent) == true)
            #expect(finding["year"] as? Int == 2023)
            #expect("\(finding["found"] ?? "")" == "3")
        }
    }

    @Test func unknownOptionIsUsageError() throws {
        let run = try BuiltProgram.run(["--frobnicate"])

        #expect(run.status == 64, "\(run)")
        #expect(run.standardError.contains("frobnicate"), "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
    }

    @Test func unknownFormatIsUsageError() throws {
        let run = try BuiltProgram.run(["--format", "yaml", "-c", "list"])

        #expect(run.status == 64, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
    }

    @Test(arguments: ["table", "csv", "json", "markdown"])
    func missingPathIsNamedWhileOthersLoad(format: String) throws {
        let folder = TemporaryFolder.make()
        let missing = folder.url.appendingPathComponent("no-such-report.txt").path

        let run = try BuiltProgram.run(["--format", format, "-c", "list", "Corpus", missing])

        #expect(run.standardError.hasPrefix("error: "), "\(run)")
        #expect(run.standardError.contains(missing), "\(run)")
        for agency in ["祥符街道", "百丈镇", "西高皇街道", "拱墅区统计局", "湖墅街道"] {
            #expect(run.standardOutput.contains(agency), "the seed reports still load: \(run)")
        }
        // A file that could not be loaded makes the initial load fail.
        #expect(run.status == 1, "\(run)")
    }

    @Test func corpusFolderGivenExplicitly() throws {
        let run = try BuiltProgram.run(["--format", "json", "-c", "list", Repository.corpus.path],
                                       workingDirectory: FileManager.default.temporaryDirectory)

        #expect(run.status == 0, "\(run)")
        #expect(try jsonObjects(in: run.standardOutput).count == 5, "\(run)")
    }

    @Test func noCorpusOutsideRepository() throws {
        let folder = TemporaryFolder.make()

        let run = try BuiltProgram.run(["-c", "list"], workingDirectory: folder.url)

        // Without ./Corpus nothing is loaded, and a command that needs reports says so.
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.hasPrefix("error: "), "\(run)")
        #expect(!run.standardOutput.contains("百丈镇"), "\(run)")
    }

    @Test(arguments: [false, true])
    func noEscapeSequencesWithoutTerminal(noColor: Bool) throws {
        let folder = TemporaryFolder.make()
        try writeReportWithBrokenTotal(in: folder)
        let environment = BuiltProgram.environment(adding: noColor ? ["NO_COLOR": "1", "TERM": "xterm"] : ["TERM": "xterm"])

        let runs = [
            try BuiltProgram.run(["-c", "list", "-c", "sum 行政处罚 by year", "-c", "show 2023 拱墅区统计局 all",
                                  "-c", "diff 2023 祥符街道 vs 2023 百丈镇", "-c", "help", "-c", "frobnicate"],
                                 environment: environment),
            try BuiltProgram.run(["-c", "check", folder.url.path], environment: environment),
        ]

        for run in runs {
            #expect(!run.standardOutput.isEmpty, "\(run)")
            #expect(!run.allOutput.contains("\u{1B}"), "\(run.allOutput.debugDescription)")
        }
    }
}

/// The whitespace-separated words of a line.
func words(of line: String) -> [String] {
    line.split(whereSeparator: \.isWhitespace).map(String.init)
}

/// Parses JSON Lines: every non-empty line must be one JSON object.
func jsonObjects(in text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map { line in
        let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(line)")
    }
}

/// Writes a copy of the 2023 拱墅区统计局 seed whose 表三 （七）总计 · 总计 reads 3 instead of 2, so the column
/// and row sums no longer agree, and returns its URL.
@discardableResult
func writeReportWithBrokenTotal(in folder: TemporaryFolder) throws -> URL {
    let seed = try #require(Repository.seedReports.first { url in
        (try? String(contentsOf: url, encoding: .utf8))?.contains("拱墅区统计局2023") == true
    })
    var lines = try String(contentsOf: seed, encoding: .utf8).components(separatedBy: "\n")
    // In this seed every cell of 表三 stands on a line of its own: the label, six applicant columns, then 总计.
    let label = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "（七）总计" })
    let total = label + 7
    try #require(lines[total].trimmingCharacters(in: .whitespaces) == "2", "unexpected seed layout: \(lines[label...total])")
    lines[total] = lines[total].replacingOccurrences(of: "2", with: "3")
    return try folder.write(lines.joined(separator: "\n"), to: "broken-\(seed.lastPathComponent)")
}
