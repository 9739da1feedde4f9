import Foundation
import NianbaoModel
import NianbaoShell
import NianbaoTestSupport
import Testing

/// Commands over hand-built reports: what the seeds cannot show (one agency across years, blank and `/` cells).
@Suite struct CommandTests {
    @Test func diffOfOneAgencyAcrossYears() {
        let earlier = ReportBuilder(source: "a.txt", year: 2022, agency: "杭州市测试局").setting(["t2.penalty.decisions": "5", "t3.new.total": "2"]).report
        let later = ReportBuilder(source: "b.txt", year: 2023, agency: "杭州市测试局").setting(["t2.penalty.decisions": "8", "t3.new.total": ""]).report
        let other = ReportBuilder(source: "c.txt", year: 2023, agency: "别的局").report
        var shell = ShellFixtures.shell(with: [earlier, later, other])

        // The right side names only a year and borrows the agency from the left.
        let execution = shell.execute("diff 测试局 2022 vs 2023")
        #expect(!execution.failed, "\(execution.error)")
        let rows = execution.output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.first == ["2022", "杭州市测试局", "(a.txt)", "vs", "2023", "杭州市测试局", "(b.txt)"])
        #expect(rows.contains(["t2.penalty.decisions", "行政处罚", "5", "8", "+3"]), "\(execution.output)")
        // A number against a blank has no change to show.
        #expect(rows.contains(["t3.new.total", "一、本年新收政府信息公开申请数量", "·", "总计", "2"]), "\(execution.output)")
        #expect(execution.output.contains("2 of 200 shared cells differ"))
        #expect(!execution.output.contains("not compared"))
    }

    @Test func sumReportsWhatItDidNotCount() {
        let reports = [
            ReportBuilder(source: "a.txt", agency: "甲").setting(["t2.penalty.decisions": "5"]).report,
            ReportBuilder(source: "b.txt", agency: "乙").setting(["t2.penalty.decisions": ""]).report,
            ReportBuilder(source: "c.txt", agency: "丙").setting(["t2.penalty.decisions": "/"]).report,
            ReportBuilder(source: "d.txt", agency: "丁").setting(["t2.penalty.decisions": "详见附表"]).report,
            ReportBuilder(source: "e.txt", year: 2020, agency: "戊", table2: .v2019, table3: .v2019).setting(["t2.penalty.decisions": "7"]).report,
        ]
        var shell = ShellFixtures.shell(with: reports)
        let output = shell.execute("sum 行政处罚").output
        let rows = output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains(["t2.penalty.decisions", "行政处罚", "12", "2", "3"]), "\(output)")
        #expect(rows.contains(["blank", "2023", "乙"]), "\(output)")
        #expect(rows.contains(["na", "2023", "丙"]), "\(output)")
        #expect(rows.contains(["text", "2023", "丁"]), "\(output)")

        let fees = shell.execute("sum t2.fees.amount").output
        #expect(fees.contains("absent  2020 戊"), "\(fees)")
    }

    @Test func exportWritesAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.jsonl").path
        var shell = ShellFixtures.shell(with: [
            ReportBuilder(source: "a.txt", year: 2022, agency: "甲").report, ReportBuilder(source: "b.txt", year: 2023, agency: "乙").report,
        ])

        let execution = shell.execute("export json \(file) 2023")
        #expect(execution.output == "wrote 1 report to \(file)\n")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["agency"] as? String == "乙")
        #expect((record["cells"] as? [String: Any])?.count == 200)

        let unwritable = shell.execute("export csv \(folder.path)/missing/out.csv")
        #expect(unwritable.failed)
        #expect(unwritable.error.hasPrefix("error: cannot write \(folder.path)/missing/out.csv"))
    }

    @Test func quitAndExitLeave() {
        var shell = ShellFixtures.shell(with: [])
        #expect(shell.execute("quit").quits)
        #expect(shell.execute("exit").quits)
        #expect(!shell.execute("help").quits)
    }

    @Test func emptyLinesAndCommentsDoNothing() {
        var shell = ShellFixtures.shell(with: [])
        for line in ["", "   ", "# load Corpus", "  # show 2023"] {
            let execution = shell.execute(line)
            #expect(execution.output.isEmpty && execution.error.isEmpty && !execution.failed && !execution.quits, "‘\(line)’")
        }
        #expect(shell.session.corpus.reports.isEmpty)
    }

    @Test(arguments: [("shwo", "show"), ("smu", "sum"), ("lsit", "list"), ("chekc", "check"), ("hlep", "help"), ("quiet", "quit")])
    func mistypedCommandSuggestsTheNearest(_ typed: String, _ meant: String) {
        var shell = ShellFixtures.shell(with: [])
        let execution = shell.execute(typed)
        #expect(execution.failed)
        #expect(execution.error == "error: unknown command ‘\(typed)’; did you mean ‘\(meant)’?\n")
    }

    @Test func commandsNeedLoadedReports() {
        var shell = ShellFixtures.shell(with: [])
        for line in ["list", "sum 行政处罚", "show 2023", "show 2023 tabel3", "show 2023 拱墅区统计局 t3.new.total", "check", "export json", "diff 2022 vs 2023"] {
            let execution = shell.execute(line)
            #expect(execution.error == "error: no reports are loaded; use ‘load PATH’\n", "\(line)")
        }
    }

    @Test func showMarksMissingAndDoubtfulCells() {
        var report = ReportBuilder(source: "a.txt", agency: "甲").setting(["t3.new.natural": "/", "t3.new.total": ""]).report
        report[FieldKey(.t3, "new", "business")] = .missing
        report[FieldKey(.t3, "carried_in", "natural")]?.isDoubtful = true
        var shell = ShellFixtures.shell(with: [report])
        let output = shell.execute("show 甲 table3").output
        let newRow = output.split(separator: "\n").first { $0.hasPrefix("一、本年新收") }?.split(separator: " ").map(String.init)
        #expect(newRow == ["一、本年新收政府信息公开申请数量", "/", "∅", "0", "0", "0", "0"], "blank shown as nothing: \(output)")
        #expect(output.contains("0?"), "\(output)")
        #expect(output.contains("∅ not printed in the report"))
        #expect(output.contains("? doubtful"))
    }

    @Test func showTextReadsTheWholeTextBackUnlessTheFileChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt").path
        try FileManager.default.copyItem(atPath: Repository.seedReports[1].path, toPath: file)
        var shell = Shell(session: Session(settings: Settings(format: .table, colour: false)))
        #expect(!shell.execute("load \(file)").failed)

        let whole = shell.execute("show 百丈镇 text").output
        #expect(whole.contains("着力政务平台建设。"), "a line no rule reads: \(whole)")
        #expect(whole.contains("收到信息公开申请0件。"))
        #expect(!whole.contains("has changed"))

        try Data((try String(contentsOfFile: file, encoding: .utf8) + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let kept = shell.execute("show 百丈镇 text").output
        #expect(kept.contains("\(file): it has changed since it was loaded; load it again to read its text"), "\(kept)")
        #expect(kept.contains("only the lines of the text that the checks read are shown"))
        #expect(!kept.contains("着力政务平台建设。"))
        #expect(kept.contains("收到信息公开申请0件。"))
    }
}

/// `load` says, file by file, what could not be read with certainty.
@Suite struct LoadNoticeTests {
    @Test func loadNamesEachFileWithDoubtfulCells() {
        var shell = Shell()
        let layouts = Repository.root.appendingPathComponent("Tests/NianbaoParserTests/Fixtures/Layouts")
        let execution = shell.execute("load \(layouts.appendingPathComponent("run-together.txt").path) \(layouts.appendingPathComponent("spaces.txt").path)")
        #expect(execution.output.contains("loaded 2 reports"))
        #expect(execution.output.contains("run-together.txt: 7 doubtful cells, 1 notice (parse.doubtful_row)"))
        #expect(!execution.output.contains("spaces.txt:"), "a file read with certainty is not listed")
        #expect(!execution.failed)
    }
}
