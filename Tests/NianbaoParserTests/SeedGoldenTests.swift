import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// Every cell of every seed report against values transcribed by hand from the source text.
@Suite struct SeedGoldenTests {
    static let seeds = Repository.seedReports.map(\.lastPathComponent)

    @Test(arguments: seeds)
    func everyCellMatchesTheHandReading(_ name: String) throws {
        let golden = try GoldenReport(contentsOf: Fixtures.golden(name))
        let report = try ReportParser.parse(fileAt: Repository.corpus.appendingPathComponent(name).path)

        #expect(report.year == golden.year)
        #expect(report.agency == golden.agency)
        #expect(report[.t2].version.rawValue == golden.templates["t2"])
        #expect(report[.t3].version.rawValue == golden.templates["t3"])

        let parsed = report.cells
        #expect(parsed.map(\.key.description) == golden.cells.map(\.key), "keys and their order")
        for (key, expected) in golden.cells {
            let fieldKey = try #require(FieldKey(key))
            let cell = try #require(report[fieldKey], "\(key) is in the template")
            #expect(GoldenReport.ExpectedCell(cell) == expected, "\(key)")
            #expect(!cell.isDoubtful, "\(key)")
        }
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func golden(_ seed: String) -> URL {
        folder.appendingPathComponent("Golden").appendingPathComponent(seed.replacingOccurrences(of: ".txt", with: ".golden"))
    }
}
