import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// 表四 in both of its printed shapes: a row per block, or the template's header followed by fifteen values.
@Suite struct Table4ReaderTests {
    private static let templateLayoutSeeds = ["000_a3e6b2aa792495d8.txt", "002_ad486925de3ac1aa.txt"]

    @Test(arguments: SampleReport.Layout.allCases)
    func textCellInABlockRowKeepsItsColumn(_ layout: SampleReport.Layout) throws {
        var sample = SampleReport()
        sample.table4![1].values = ["0", "详见附表", "0", "0", "1"]
        let report = ReportParser.parse(text: sample.text(layout), source: "sample.txt")

        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let corrected = try #require(report[FieldKey(.t4, "review", "corrected")])
        #expect(corrected.kind == .text)
        #expect(corrected.raw == "详见附表")
        #expect(report[FieldKey(.t4, "review", "total")]?.value == DecimalNumber(1))
        #expect(report[FieldKey(.t4, "suit_direct", "corrected")]?.value == DecimalNumber(1))
        #expect(report[FieldKey(.t4, "suit_after_review", "pending")]?.value == DecimalNumber(2))
        #expect(!report[.t4].cells.contains { $0.isDoubtful })
    }

    @Test(arguments: templateLayoutSeeds)
    func textCellAmongTheTemplateValuesKeepsItsColumn(_ name: String) throws {
        let text = try String(contentsOf: Repository.corpus.appendingPathComponent(name), encoding: .utf8)
        let key = FieldKey(.t4, "suit_direct", "other")
        let original = ReportParser.parse(text: text, source: name)
        let cell = try #require(original[key])
        let altered = try Self.replacing(cellAt: Int(cell.line), column: Int(cell.column), in: text, with: "详见附表")
        let report = ReportParser.parse(text: altered, source: name)

        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report[key]?.kind == .text)
        #expect(report[key]?.raw == "详见附表")
        #expect(report[key]?.line == cell.line)
        for (index, other) in report[.t4].template.keys.enumerated() where other != key {
            #expect(report[.t4].cells[index].kind == .number, "\(other)")
            #expect(report[.t4].cells[index].line == original[.t4].cells[index].line, "\(other)")
            #expect(!report[.t4].cells[index].isDoubtful, "\(other)")
        }
    }

    @Test func noteBetweenHeaderAndValuesIsNotAValue() throws {
        let name = "000_a3e6b2aa792495d8.txt"
        let text = try String(contentsOf: Repository.corpus.appendingPathComponent(name), encoding: .utf8)
        let original = ReportParser.parse(text: text, source: name)
        // The values start on the line of the first cell; put a note before them, in a row of its own.
        let firstLine = Int(try #require(original[.t4].cells.first).line)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: ["\t单位：件", ""], at: firstLine - 1)
        let report = ReportParser.parse(text: lines.joined(separator: "\n"), source: name)

        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report[.t4].cells.allSatisfy { $0.kind == .number && $0.value == .zero && !$0.isDoubtful })
        #expect(report[.t4].cells.first?.line == Int32(firstLine + 2))
    }

    @Test func missingValueInTheTemplateLayoutIsDoubtful() throws {
        let name = "002_ad486925de3ac1aa.txt"
        let text = try String(contentsOf: Repository.corpus.appendingPathComponent(name), encoding: .utf8)
        let original = ReportParser.parse(text: text, source: name)
        let line = Int(try #require(original[.t4].cells.last).line)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line - 1] = lines[line - 1].split(separator: "\t").dropLast().joined(separator: "\t")
        let report = ReportParser.parse(text: lines.joined(separator: "\n"), source: name)

        let diagnostic = try #require(report.diagnostics.first { $0.code == "parse.doubtful_row" })
        #expect(diagnostic.cells == report[.t4].template.keys)
        #expect(diagnostic.message.contains("14 of 15"))
        #expect(report[.t4].cells.allSatisfy { $0.isDoubtful })
        #expect(report[.t4].cells.last?.kind == .missing)
    }

    /// The text with the tab-separated field that starts at a 1-based line and column replaced.
    private static func replacing(cellAt line: Int, column: Int, in text: String, with replacement: String) throws -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields = lines[line - 1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var start = 1
        var position: Int?
        for (index, field) in fields.enumerated() {
            if start == column { position = index }
            start += field.count + 1
        }
        let found = try #require(position, "a field starts at column \(column) of line \(line)")
        fields[found] = replacement
        lines[line - 1] = fields.joined(separator: "\t")
        return lines.joined(separator: "\n")
    }
}
