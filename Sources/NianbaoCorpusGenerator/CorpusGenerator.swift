import Foundation
import NianbaoModel

/// Generates a corpus of realistic reports from a seed: each agency reports for 2019–2024 in turn (v2019
/// templates for 2019–2020, v2021 after, a few later ones still in v2019), its values consistent across years,
/// every arithmetic rule of 表三 and 表四 satisfied except in a chosen fraction of reports where one total was
/// changed on purpose (recorded in the report and the manifest). Reports are plain text in a mix of layouts
/// unless told otherwise (`layouts: [.html]` writes web pages), in UTF-8 or GB18030.
public struct CorpusGenerator: Sendable {
    /// The seed: the same seed and count give the same corpus, byte for byte.
    public var seed: UInt64
    /// The share of reports given one deliberate error.
    public var errorFraction: Double
    /// The share of reports for 2021 or later printed in the outdated v2019 templates.
    public var outdatedFraction: Double
    /// The layouts reports are printed in, chosen at random per report.
    public var layouts: [TextLayout]
    /// The encoding every report is written in.
    public var encoding: ReportEncoding

    public init(seed: UInt64, errorFraction: Double = 0.1, outdatedFraction: Double = 0.03,
                layouts: [TextLayout] = TextLayout.plainText, encoding: ReportEncoding = .utf8) {
        self.seed = seed
        self.errorFraction = errorFraction
        self.outdatedFraction = outdatedFraction
        self.layouts = layouts
        self.encoding = encoding
    }

    /// The years each agency reports for.
    public static let years = Array(2019...2024)

    /// Calls `body` with each of `count` reports in order, without keeping them.
    public func forEachReport(count: Int, _ body: (GeneratedReport) throws -> Void) rethrows {
        var rng = SplitMix64(seed: seed)
        let namer = AgencyNamer()
        var index = 0
        var agencySlot = 0
        while index < count {
            // 7919 is prime to the number of names, so slots map to distinct names until they run out.
            let agency = namer.name((agencySlot &* 7919 &+ Int(seed % 1000)) % AgencyNamer.count)
            agencySlot += 1
            var history = AgencyHistory(scale: 1 + rng.below(10))
            for year in Self.years where index < count {
                let outdated = year >= 2021 && rng.chance(outdatedFraction)
                let version: TemplateVersion = year <= 2020 || outdated ? .v2019 : .v2021
                let values = ValueGenerator.values(version: version, history: &history, rng: &rng)
                let layout = layouts[rng.below(layouts.count)]
                var report = GeneratedReport(agency: agency, year: year, version: version, values: values, error: nil,
                                             layout: layout, encoding: encoding,
                                             fileName: String(format: "%07d", index) + "." + layout.fileExtension)
                if rng.chance(errorFraction) { Self.breakTotal(&report, &rng) }
                try body(report)
                index += 1
            }
        }
    }

    /// All `count` reports, in memory (for tests and small corpora).
    public func reports(count: Int) -> [GeneratedReport] {
        var out: [GeneratedReport] = []
        out.reserveCapacity(count)
        forEachReport(count: count) { out.append($0) }
        return out
    }

    /// The text a report is written as: plain text, or a web page for the `html` layout.
    public static func text(of report: GeneratedReport) -> String {
        report.layout == .html ? HTMLReportWriter.page(of: report) : ReportWriter.text(of: report)
    }

    /// The bytes of the file a report is written as, in its encoding.
    public static func bytes(of report: GeneratedReport) -> [UInt8] {
        report.encoding.bytes(text(of: report))
    }

    /// Writes `count` reports into `folder` (created if needed) with `manifest.tsv`; returns the manifest.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> CorpusManifest {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var manifest = CorpusManifest(seed: seed, count: count, encoding: encoding)
        try forEachReport(count: count) { report in
            try Data(Self.bytes(of: report)).write(to: URL(fileURLWithPath: folder + "/" + report.fileName))
            manifest.entries.append(CorpusManifest.entry(report))
        }
        try Data(manifest.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + CorpusManifest.fileName))
        return manifest
    }

    /// Changes one printed total by 1–3 and records which rules that breaks: a 表四 block's 总计 (t4.block_sum),
    /// the 总计 column of 予以公开 (t3.row_sum and t3.results_sum), or of 本年新收 (t3.row_sum and t3.balance).
    static func breakTotal(_ report: inout GeneratedReport, _ rng: inout SplitMix64) {
        let choices: [(key: FieldKey, rules: [String])] = [
            (FieldKey(.t4, ["review", "suit_direct", "suit_after_review"][rng.below(3)], "total"), ["t4.block_sum"]),
            (FieldKey(.t3, "granted", "total"), ["t3.results_sum", "t3.row_sum"]),
            (FieldKey(.t3, "new", "total"), ["t3.balance", "t3.row_sum"]),
        ]
        let choice = choices[rng.below(choices.count)]
        guard let index = report.values.firstIndex(where: { $0.key == choice.key }), let expected = Int(report.values[index].value) else { return }
        let printed = expected + 1 + rng.below(3)
        report.values[index].value = "\(printed)"
        report.error = DeliberateError(key: choice.key.description, expected: "\(expected)", printed: "\(printed)", rules: choice.rules)
    }
}
