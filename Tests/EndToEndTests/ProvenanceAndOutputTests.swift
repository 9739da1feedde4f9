import Foundation
import NianbaoTestSupport
import Testing

/// The binary answering "where does this number come from?", writing output to files, and every `help` example.
@Suite("Provenance, output files and help examples")
struct ProvenanceAndOutputTests {
    @Test func showKeyCitesFileLineAndText() throws {
        let run = try BuiltProgram.run(["-c", "show 2023 拱墅区统计局 t3.new.total"])

        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "2023 杭州市拱墅区统计局  t3.new.total", "\(run)")
        #expect(lines.contains("  file      Corpus/003_6c24181f357a8c1b.txt"), "\(run)")
        #expect(lines.contains("  line      90, column 2"), "\(run)")
        #expect(lines.contains("  83 │     一、本年新收政府信息公开申请数量"), "the row's label: \(run)")
        #expect(lines.contains("▶ 90 │     2"), "the cell's line, marked: \(run)")
    }

    @Test func showKeyAsOneJSONRecord() throws {
        let run = try BuiltProgram.run(["--format", "json", "-c", "show 2023 拱墅区统计局 行政处罚"])

        #expect(run.status == 0, "\(run)")
        let records = try jsonObjects(in: run.standardOutput)
        #expect(records.count == 1, "\(run)")
        let record = try #require(records.first)
        #expect(record["source"] as? String == "Corpus/003_6c24181f357a8c1b.txt")
        #expect(record["key"] as? String == "t2.penalty.decisions")
        #expect(record["raw"] as? String == "3")
        #expect(record["line"] as? Int == 46)
        #expect(record["column"] as? Int == 2)
        #expect(record["file"] as? String == "unchanged")
        let context = try #require(record["context"] as? [[String: Any]])
        let cellLine = try #require(context.first { $0["cell"] as? Bool == true })
        #expect(cellLine["line"] as? Int == 46)
        #expect(cellLine["text"] as? String == "\t3")
    }

    @Test func outputFileTakesTheResultsAndStderrTheErrors() throws {
        let folder = TemporaryFolder.make()
        let file = folder.url.appendingPathComponent("session.txt").path
        let run = try BuiltProgram.run(["-c", "output \(file)", "-c", "list 2023", "-c", "show 上海市", "-c", "sum 行政处罚",
                                        "-c", "output", "-c", "list 2020"])

        #expect(run.status == 1, "the failed command: \(run)")
        #expect(run.standardError == "error: no report matches ‘上海市’; ‘list’ shows the loaded reports\n", "\(run)")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("杭州市余杭区百丈镇"), "list 2023: \(written)")
        #expect(written.contains("889"), "sum: \(written)")
        #expect(!written.contains("湖墅街道"), "list 2020 ran after ‘output’: \(written)")
        #expect(!written.contains("error"), "\(written)")
        #expect(run.standardOutput.contains("湖墅街道"), "\(run)")
        // The file's path is named on stdout, and its random part may hold any digits.
        #expect(!run.standardOutput.replacingOccurrences(of: file, with: "").contains("889"), "\(run)")
    }

    @Test func redirectionOfOneCommand() throws {
        let folder = TemporaryFolder.make()
        let file = folder.url.appendingPathComponent("sum.csv").path
        let run = try BuiltProgram.run(["--format", "csv", "-c", "sum 行政处罚 by year > \(file)", "-c", "list 2020 >> \(file)"])

        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.isEmpty, "\(run)")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("year,") }, "\(lines)")
        #expect(lines.contains { $0.contains("拱墅区湖墅街道") }, "\(lines)")
    }

    @Test func timerGoesToStderrBesideJSON() throws {
        let run = try BuiltProgram.run(["--format", "json", "-c", "set timer on", "-c", "list 2020"])

        #expect(run.status == 0, "\(run)")
        #expect(try jsonObjects(in: run.standardOutput).count == 1, "\(run)")
        #expect(run.standardError.split(separator: "\n").allSatisfy { (try? /time: \d+\.\d ms/.wholeMatch(in: String($0))) != nil }, "\(run)")
    }

    /// The examples as `help` prints them (`e.g. …`), each run on its own in the repository.
    @Test func everyHelpExampleRunsAsShown() throws {
        let help = try BuiltProgram.run(["-c", "help"])
        let examples = help.standardOutput.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("e.g. ") ? String(trimmed.dropFirst(5)) : nil
        }
        #expect(examples.count >= 12, "\(help)")
        for example in examples {
            let run = try BuiltProgram.run(["-c", example])
            #expect(run.status == 0, "\(example): \(run)")
            #expect(run.standardError.isEmpty, "\(example): \(run)")
            #expect(!run.standardOutput.isEmpty || example == "quit", "\(example): \(run)")
        }
    }
}
