import Foundation
import NianbaoTestSupport
import Testing

/// The program run as users run it, fed what they download and type: it explains, loads what it can, and
/// never crashes.
@Suite struct BadInputEndToEndTests {
    @Test func folderOfBadFilesLoadsTheGoodOnesAndNamesEachBadOne() throws {
        let folder = try BadFileFolder()
        let run = try BuiltProgram.run([folder.url.path, "-c", "list"], environment: BuiltProgram.environment(adding: ["NIANBAO_CACHE": "off"]))

        #expect(run.status == 1, "a file that could not be read fails the run\n\(run)")
        for good in folder.goodFiles {
            #expect(run.standardOutput.contains((good as NSString).lastPathComponent), "\(good) listed\n\(run)")
        }
        for (file, reason) in folder.expectedReasons {
            #expect(run.standardError.contains("error: not loaded: \(folder.url.path)/\(file): \(reason)"), "\(file)\n\(run.standardError)")
        }
        #expect(run.standardError.split(separator: "\n").count == folder.expectedReasons.count, "one line per bad file\n\(run.standardError)")
    }

    @Test func binaryFileNamedOnTheCommandLine() throws {
        let folder = TemporaryFolder.make(named: "binary")
        let pdf = try folder.write("%PDF-1.5\n%\u{FF}\n", to: "report.txt")
        let run = try BuiltProgram.run([pdf.path, "-c", "list"])
        #expect(run.standardError.hasPrefix("error: not loaded: \(pdf.path): it is a binary file (looks like a PDF), not a report"), "\(run)")
        #expect(run.status == 1)
    }

    @Test func invalidUTF8InACommandLineIsAnErrorAndTheNextLineRuns() throws {
        let input: [UInt8] = Array("li".utf8) + [0xFF, 0xC3] + Array("st\nlist 2020\n".utf8)
        let run = try BuiltProgram.run([], inputBytes: input)
        #expect(run.standardError.hasPrefix("error: unknown command ‘li\u{FFFD}"), "\(run)")
        #expect(run.standardOutput.contains("湖墅街道"), "the next line still runs\n\(run)")
        #expect(run.status == 1)
    }

    @Test func megabyteCommandLineIsAnError() throws {
        // Longer than one argument may be, so from a script.
        let folder = TemporaryFolder.make(named: "script")
        let script = try folder.write("show " + String(repeating: "拱墅区", count: 120_000) + "\nlist 2020\n", to: "long.nianbao")
        let run = try BuiltProgram.run(["-f", script.path])
        #expect(run.standardError.hasPrefix(script.path + ":1: error: no report matches"), "\(run.standardError.prefix(300))")
        #expect(run.standardOutput.contains("湖墅街道"), "the next command still runs")
    }

    @Test func longOutputArrivesWhole() throws {
        // About 4 MB through a pipe, read while it is written.
        let run = try BuiltProgram.run(Array(repeating: ["-c", "export csv"], count: 40).flatMap { $0 }, timeout: .seconds(60))
        let single = try BuiltProgram.run(["-c", "export csv"])
        #expect(run.status == 0 && run.standardError.isEmpty, "\(run.standardError)")
        #expect(run.standardOutput == String(repeating: single.standardOutput, count: 40))
    }
}
