import Foundation
import NianbaoCorpus
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// Where a cell came from, read again from its file.
@Suite struct CellProvenanceTests {
    static let statistics = Repository.corpus.appendingPathComponent("003_6c24181f357a8c1b.txt")

    @Test func cellPerLineShowsTheRowFromItsLabel() throws {
        let report = try ReportParser.parse(fileAt: Self.statistics.path)
        let provenance = try #require(CellProvenance(FieldKey(.t3, "new", "total"), in: report))
        #expect(provenance.state == .unchanged)
        #expect(provenance.format == .text)
        #expect(provenance.cell.line == 90 && provenance.cell.column == 2)
        #expect(provenance.label == "一、本年新收政府信息公开申请数量 · 总计")
        #expect(provenance.context.map(\.number) == Array(82...92))
        #expect(provenance.context.filter(\.isCell).map(\.number) == [90])
        #expect(provenance.context.first { $0.number == 83 }?.text == "\t一、本年新收政府信息公开申请数量")
    }

    @Test func rowOnOneLineShowsTwoLinesEitherSide() throws {
        let path = Repository.root.appendingPathComponent("Tests/NianbaoParserTests/Fixtures/Layouts/pipes.md").path
        let report = try ReportParser.parse(fileAt: path)
        let provenance = try #require(CellProvenance(FieldKey(.t3, "granted", "natural"), in: report))
        let line = Int(provenance.cell.line)
        #expect(provenance.context.map(\.number) == Array((line - 2)...(line + 2)))
        #expect(provenance.context.first(where: \.isCell)?.text.contains("（一）予以公开") == true)
    }

    @Test func keyOutsideTheTemplateHasNoProvenance() throws {
        let report = try ReportParser.parse(fileAt: Self.statistics.path)
        #expect(CellProvenance(FieldKey(.t3, "other", "total"), in: report) == nil, "v2021 has no one-row （六）")
    }

    @Test func changedAndVanishedFilesShowNoContext() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-provenance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("report.txt")
        try FileManager.default.copyItem(at: Self.statistics, to: copy)
        let report = try ReportParser.parse(fileAt: copy.path)
        let key = FieldKey(.t2, "penalty", "decisions")
        #expect(CellProvenance(key, in: report)?.state == .unchanged)

        // One line added at the top moves every cell down: the loaded line numbers no longer point at them.
        try Data(("封面\n" + String(contentsOf: copy, encoding: .utf8)).utf8).write(to: copy)
        let changed = try #require(CellProvenance(key, in: report))
        #expect(changed.state == .changed)
        #expect(changed.context.isEmpty)

        try FileManager.default.removeItem(at: copy)
        let vanished = try #require(CellProvenance(key, in: report))
        #expect(vanished.state == .vanished)
        #expect(vanished.context.isEmpty)
        #expect(vanished.cell.raw == "3", "the cell as loaded is still there")
    }

    @Test func reportNotReadFromItsFileIsUnverified() throws {
        var report = try ReportParser.parse(fileAt: Self.statistics.path)
        report.sourceFingerprint = nil
        let provenance = try #require(CellProvenance(FieldKey(.t2, "penalty", "decisions"), in: report))
        #expect(provenance.state == .unverified)
        #expect(!provenance.context.isEmpty)
    }
}
