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

        let differences = golden.differences(from: report, exactLines: true)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func golden(_ seed: String) -> URL {
        folder.appendingPathComponent("Golden").appendingPathComponent(seed.replacingOccurrences(of: ".txt", with: ".golden"))
    }
}
