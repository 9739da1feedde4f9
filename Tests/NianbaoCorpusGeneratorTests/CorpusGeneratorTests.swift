import Foundation
import NianbaoCorpusGenerator
import NianbaoModel
import NianbaoParser
import NianbaoValidator
import Testing

/// Generated reports read back as written, and the validator finds exactly the errors put in on purpose.
@Suite struct CorpusGeneratorTests {
    static let count = 60

    /// A fresh folder holding a generated corpus, and its manifest.
    static func writeCorpus() throws -> (folder: String, manifest: CorpusManifest, reports: [GeneratedReport]) {
        let folder = NSTemporaryDirectory() + "nianbao-generator-\(UUID().uuidString)"
        let generator = CorpusGenerator(seed: 42, errorFraction: 0.2, outdatedFraction: 0.1)
        let manifest = try generator.write(count: count, to: folder)
        return (folder, manifest, generator.reports(count: count))
    }

    @Test func sameSeedSameCorpus() {
        let a = CorpusGenerator(seed: 7).reports(count: 12).map(CorpusGenerator.text(of:))
        let b = CorpusGenerator(seed: 7).reports(count: 12).map(CorpusGenerator.text(of:))
        let c = CorpusGenerator(seed: 8).reports(count: 12).map(CorpusGenerator.text(of:))
        #expect(a == b)
        #expect(a != c)
    }

    @Test func manifestReadsBack() throws {
        let (folder, manifest, _) = try Self.writeCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: folder + "/" + CorpusManifest.fileName, encoding: .utf8)
        #expect(CorpusManifest(text: text) == manifest)
        #expect(manifest.entries.count == Self.count)
    }

    @Test func everyCellReadsBackAsWritten() throws {
        let (folder, manifest, reports) = try Self.writeCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Set(reports.map(\.layout)) == Set(TextLayout.allCases))
        #expect(reports.contains { $0.isOutdated })
        #expect(Set(reports.map(\.version)) == Set(TemplateVersion.allCases))
        for (report, entry) in zip(reports, manifest.entries) {
            let parsed = try ReportParser.parse(fileAt: folder + "/" + entry.file)
            let context = "\(entry.file) \(report.layout) \(report.version)"
            #expect(parsed.year == report.year, "\(context)")
            #expect(parsed.agency == report.agency, "\(context)")
            #expect(parsed[.t2].version == report.version, "\(context)")
            #expect(parsed[.t3].version == report.version, "\(context)")
            var wrong: [String] = []
            for (key, value) in report.values {
                let cell = parsed[key]
                let read = cell?.value
                if cell?.kind != .number || read != DecimalNumber(value) && read.map({ $0 < DecimalNumber(value)! || $0 > DecimalNumber(value)! }) != false {
                    wrong.append("\(key): wrote \(value), read \(cell.map { "\($0.kind) ‘\($0.raw)’" } ?? "nothing")")
                }
                if cell?.isDoubtful == true { wrong.append("\(key): doubtful") }
            }
            #expect(wrong.isEmpty, "\(context): \(wrong.prefix(5))")
        }
    }

    @Test func validatorFindsExactlyTheDeliberateErrors() throws {
        let (folder, manifest, _) = try Self.writeCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let parsed = try manifest.entries.map { try ReportParser.parse(fileAt: folder + "/" + $0.file) }
        let findings = Validator().check(parsed)
        #expect(manifest.entries.contains { $0.error != nil })
        #expect(manifest.entries.contains { $0.error == nil })
        for (report, entry) in zip(parsed, manifest.entries) {
            let failed = Set(findings.filter { $0.source == report.source && $0.severity == .error && $0.outcome == .fail }.map(\.rule))
            #expect(failed == Set(entry.error?.rules ?? []), "\(entry.file): \(entry.error?.key ?? "no error")")
            if let error = entry.error {
                #expect(report[FieldKey(error.key)!]?.raw == error.printed)
            }
        }
    }
}
