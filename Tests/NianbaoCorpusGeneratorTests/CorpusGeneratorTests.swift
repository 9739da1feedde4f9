import Foundation
import NianbaoCorpusGenerator
import NianbaoModel
import NianbaoParser
import NianbaoValidator
import Testing

/// Generated reports read back as written, and the validator finds exactly the errors put in on purpose, in
/// every layout and encoding the generator writes.
@Suite struct CorpusGeneratorTests {
    static let count = 60

    /// A kind of corpus: the layouts its reports are printed in and the encoding of its files.
    struct Variant: Sendable, CustomTestStringConvertible {
        let layouts: [TextLayout]
        let encoding: ReportEncoding
        var testDescription: String { "\(layouts.map(\.rawValue).joined(separator: "+")) in \(encoding.rawValue)" }
    }

    /// Plain text and web pages, each in UTF-8 and in GB18030; together they hold every layout.
    static let variants = [
        Variant(layouts: TextLayout.plainText, encoding: .utf8),
        Variant(layouts: TextLayout.plainText, encoding: .gb18030),
        Variant(layouts: [.html], encoding: .utf8),
        Variant(layouts: [.html], encoding: .gb18030),
    ]

    /// A fresh folder holding a generated corpus, and its manifest.
    static func writeCorpus(_ variant: Variant = variants[0]) throws -> (folder: String, manifest: CorpusManifest, reports: [GeneratedReport]) {
        let folder = NSTemporaryDirectory() + "nianbao-generator-\(UUID().uuidString)"
        let generator = CorpusGenerator(seed: 42, errorFraction: 0.2, outdatedFraction: 0.1, layouts: variant.layouts, encoding: variant.encoding)
        let manifest = try generator.write(count: count, to: folder)
        return (folder, manifest, generator.reports(count: count))
    }

    @Test func variantsCoverEveryLayoutAndEncoding() {
        #expect(Set(Self.variants.flatMap(\.layouts)) == Set(TextLayout.allCases))
        #expect(Set(Self.variants.map(\.encoding)) == Set(ReportEncoding.allCases))
    }

    @Test func sameSeedSameCorpus() {
        let a = CorpusGenerator(seed: 7).reports(count: 12).map(CorpusGenerator.text(of:))
        let b = CorpusGenerator(seed: 7).reports(count: 12).map(CorpusGenerator.text(of:))
        let c = CorpusGenerator(seed: 8).reports(count: 12).map(CorpusGenerator.text(of:))
        #expect(a == b)
        #expect(a != c)
    }

    @Test(arguments: variants) func manifestReadsBack(_ variant: Variant) throws {
        let (folder, manifest, _) = try Self.writeCorpus(variant)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: folder + "/" + CorpusManifest.fileName, encoding: .utf8)
        #expect(CorpusManifest(text: text) == manifest)
        #expect(manifest.entries.count == Self.count)
        #expect(manifest.encoding == variant.encoding)
    }

    @Test func manifestWithoutEncodingReadsAsUTF8() {
        let manifest = CorpusManifest(text: "# seed=3 count=0\nfile\tagency\tyear\tversion\tlayout\terror_key\texpected\tprinted\trules\n")
        #expect(manifest == CorpusManifest(seed: 3, count: 0, encoding: .utf8))
        #expect(CorpusManifest(text: "# seed=3 count=0 encoding=latin1\n") == nil)
    }

    /// The files are what their layout and encoding say: a web page is a whole page with the template's
    /// merged cells, GB18030 bytes are not UTF-8, and text from a PDF has no tabs.
    @Test(arguments: variants) func filesAreWrittenInTheirLayoutAndEncoding(_ variant: Variant) throws {
        let (folder, manifest, reports) = try Self.writeCorpus(variant)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (report, entry) in zip(reports, manifest.entries) {
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + entry.file))
            #expect(entry.file.hasSuffix("." + report.layout.fileExtension))
            #expect((String(validating: bytes, as: UTF8.self) != nil) == (variant.encoding == .utf8), "\(entry.file)")
            let text = try #require(String(data: bytes, encoding: variant.encoding == .utf8 ? .utf8 : String.Encoding(rawValue: 0x8000_0632)))
            switch report.layout {
            case .html:
                #expect(text.hasPrefix("<!DOCTYPE html>") && text.hasSuffix("</html>\n"))
                #expect(text.contains("<meta charset=\"\(variant.encoding.charset)\">"))
                #expect(text.contains("<title>\(report.agency)\(report.year)年度政府信息公开工作年度报告</title>"))
                #expect(text.components(separatedBy: "<table").count == 4)
                #expect(text.contains("<td colspan=\"3\" rowspan=\"3\" style=\"text-align:center\">（本列数据的勾稽关系为"))
                #expect(text.contains("<td rowspan=\"2\" style=\"text-align:center\">自然人</td>"))
                // 三、本年度办理结果 spans its result rows: 22 in the v2021 template, 20 in v2019.
                #expect(text.contains("<td rowspan=\"\(report.version == .v2021 ? 22 : 20)\" style=\"text-align:center\">三、本年度办理结果</td>"))
            case .spaces:
                #expect(!text.contains("\t") && !text.contains("|"), "\(entry.file)")
            case .cellPerLine, .tabRows, .pipes:
                #expect(!text.contains("<table"), "\(entry.file)")
            }
        }
    }

    @Test(arguments: variants) func everyCellReadsBackAsWritten(_ variant: Variant) throws {
        let (folder, manifest, reports) = try Self.writeCorpus(variant)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Set(reports.map(\.layout)) == Set(variant.layouts))
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

    @Test(arguments: variants) func validatorFindsExactlyTheDeliberateErrors(_ variant: Variant) throws {
        let (folder, manifest, _) = try Self.writeCorpus(variant)
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
