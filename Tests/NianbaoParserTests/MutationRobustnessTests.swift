import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// Seeded, deterministic damage to every fixture (text seeds, HTML pages, Word files): each damaged variant
/// must parse without crashing — a report or a `ReportFileError` — within a bounded time, and a text report
/// damaged in its tables must never read as clean.
@Suite(.serialized) struct MutationRobustnessTests {
    /// SplitMix64: a small generator whose sequence depends on the seed only, so a failure can be replayed.
    struct SplitMix64 {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number in `0..<bound` (bound > 0).
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// One damaged input, named for the failure message.
    struct Variant {
        let name: String
        let bytes: [UInt8]
    }

    /// Longest a single parse may take (debug build; the largest variants take about 0.3 s).
    static let parseLimit: Duration = .seconds(2)

    /// Foundation on Linux knows GB18030 by its CoreFoundation number only.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static let tableHeadings = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]

    /// Parses with a time limit; a thrown error is a `ReportFileError` by the function's type. A parse over
    /// the limit is timed once more before it fails, so that a moment of contention on a busy machine is not
    /// taken for a hang.
    @discardableResult
    static func parseBounded(_ variant: Variant, seed: String) -> Report? {
        var report: Report?
        let source = "\(seed)#\(variant.name)"
        let clock = ContinuousClock()
        var elapsed = clock.measure { report = try? ReportParser.parse(bytes: variant.bytes, source: source) }
        if elapsed >= parseLimit {
            elapsed = clock.measure { report = try? ReportParser.parse(bytes: variant.bytes, source: source) }
        }
        #expect(elapsed < parseLimit, "\(seed) \(variant.name) took \(elapsed)")
        return report
    }

    static func seedText(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func joined(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }

    /// Damage that works on any bytes: truncation at random points, byte flips, deleted and duplicated spans.
    static func byteVariants(_ bytes: [UInt8], random: inout SplitMix64, count: Int = 8) -> [Variant] {
        var variants: [Variant] = [Variant(name: "empty", bytes: [])]
        for round in 0..<count {
            let cut = random.below(bytes.count + 1)
            variants.append(Variant(name: "truncated at byte \(cut)", bytes: Array(bytes[..<cut])))

            var flipped = bytes
            let flips = 1 + random.below(20)
            for _ in 0..<flips where !flipped.isEmpty {
                flipped[random.below(flipped.count)] ^= UInt8(truncatingIfNeeded: 1 + random.below(255))
            }
            variants.append(Variant(name: "\(flips) bytes flipped (round \(round))", bytes: flipped))

            let start = random.below(bytes.count), length = random.below(min(4096, bytes.count - start) + 1)
            var cut2 = bytes
            cut2.removeSubrange(start..<start + length)
            variants.append(Variant(name: "bytes \(start)..<\(start + length) deleted", bytes: cut2))

            var doubled = bytes
            doubled.insert(contentsOf: bytes[start..<start + length], at: start)
            variants.append(Variant(name: "bytes \(start)..<\(start + length) duplicated", bytes: doubled))
        }
        return variants
    }

    /// Damage to a text (or HTML) seed by lines, plus encodings and a giant line.
    static func lineVariants(_ text: String, random: inout SplitMix64, count: Int = 4) -> [Variant] {
        let original = lines(text)
        var variants: [Variant] = []
        for heading in tableHeadings {
            guard let index = original.firstIndex(where: { $0.contains(heading) }) else { continue }
            variants.append(Variant(name: "truncated before \(heading)", bytes: joined(Array(original[..<index]))))
            variants.append(Variant(name: "truncated after \(heading)", bytes: joined(Array(original[...index]))))
        }
        for _ in 0..<count {
            let cut = random.below(original.count + 1)
            variants.append(Variant(name: "truncated at line \(cut)", bytes: joined(Array(original[..<cut]))))

            var deleted = original
            let deletions = 1 + random.below(3)
            for _ in 0..<deletions where !deleted.isEmpty { deleted.remove(at: random.below(deleted.count)) }
            variants.append(Variant(name: "\(deletions) lines deleted", bytes: joined(deleted)))

            var duplicated = original
            let line = random.below(duplicated.count)
            duplicated.insert(duplicated[line], at: line)
            variants.append(Variant(name: "line \(line + 1) duplicated", bytes: joined(duplicated)))

            var swapped = original
            let first = random.below(swapped.count), second = random.below(swapped.count)
            swapped.swapAt(first, second)
            variants.append(Variant(name: "lines \(first + 1) and \(second + 1) swapped", bytes: joined(swapped)))
        }

        var giant = original
        let at = random.below(giant.count + 1)
        // One 1 MB cell, 1 MB of numbers, and 1 MB of short label-like cells (in a web page, table cells).
        giant.insert(String(repeating: "行政处罚", count: 1_048_576 / 12 + 1), at: at)
        variants.append(Variant(name: "1 MB line inserted at line \(at + 1)", bytes: joined(giant)))
        var giantDigits = original
        giantDigits.insert(String(repeating: "1234567 ", count: 1_048_576 / 8), at: at)
        variants.append(Variant(name: "1 MB of numbers inserted at line \(at + 1)", bytes: joined(giantDigits)))
        var giantCells = original
        giantCells.insert(String(repeating: "行政处罚 0 <td>１２３</td> ", count: 1_048_576 / 30), at: at)
        variants.append(Variant(name: "1 MB of label-like cells inserted at line \(at + 1)", bytes: joined(giantCells)))

        // UTF-8 bytes read as if they were GB18030, and GB18030 bytes read as if they were UTF-8.
        let utf8 = Array(text.utf8)
        if let misread = String(data: Data(utf8), encoding: gb18030) {
            variants.append(Variant(name: "UTF-8 misread as GB18030", bytes: Array(misread.utf8)))
        }
        if let gbBytes = text.data(using: gb18030).map(Array.init) {
            variants.append(Variant(name: "GB18030 bytes", bytes: gbBytes))
            variants.append(Variant(name: "GB18030 misread as UTF-8", bytes: Array(String(decoding: gbBytes, as: UTF8.self).utf8)))
            var mixed = utf8
            mixed.insert(contentsOf: gbBytes.prefix(gbBytes.count / 3), at: random.below(mixed.count))
            variants.append(Variant(name: "GB18030 bytes spliced into UTF-8", bytes: mixed))
        }
        return variants
    }

    // MARK: Text seeds

    @Test(arguments: Repository.seedReports)
    func textSeedsSurviveDamage(_ url: URL) throws {
        let text = try Self.seedText(url)
        let name = url.lastPathComponent
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        let variants = Self.lineVariants(text, random: &random) + Self.byteVariants(Array(text.utf8), random: &random)
        let started = ContinuousClock.now
        for variant in variants { Self.parseBounded(variant, seed: name) }
        #expect(ContinuousClock.now - started < .seconds(8), "\(name): \(variants.count) variants")
    }

    /// A report cut off before 表四, or with a table row gone, must say so: it never reads as clean.
    @Test(arguments: Repository.seedReports)
    func damagedTablesAlwaysCarryADiagnostic(_ url: URL) throws {
        let text = try Self.seedText(url)
        let name = url.lastPathComponent
        let original = Self.lines(text)
        var damaged: [Variant] = []

        if let table4 = original.firstIndex(where: { $0.contains(Self.tableHeadings[2]) }) {
            damaged.append(Variant(name: "truncated before 表四", bytes: Self.joined(Array(original[..<table4]))))
            // Also cut inside 表三 and inside 表二.
            if let table3 = original.firstIndex(where: { $0.contains(Self.tableHeadings[1]) }) {
                damaged.append(Variant(name: "truncated inside 表三", bytes: Self.joined(Array(original[..<((table3 + table4) / 2)]))))
                if let table2 = original.firstIndex(where: { $0.contains(Self.tableHeadings[0]) }) {
                    damaged.append(Variant(name: "truncated inside 表二", bytes: Self.joined(Array(original[..<((table2 + table3) / 2)]))))
                }
            }
        }
        // A row deleted: its label line and the lines of bare numbers after it (one cell a line in some layouts).
        for label in ["行政处罚", "行政许可", "一、本年新收政府信息公开申请数量", "（一）予以公开"] {
            guard let index = original.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }) else { continue }
            var end = index + 1
            while end < original.count, Self.isBareNumber(original[end]) { end += 1 }
            var without = original
            without.removeSubrange(index..<end)
            damaged.append(Variant(name: "row \(label) deleted", bytes: Self.joined(without)))
        }
        #expect(damaged.count >= 3, "\(name): the damage must find its tables")
        for variant in damaged {
            guard let report = Self.parseBounded(variant, seed: name) else {
                Issue.record("\(name) \(variant.name): not read at all")
                continue
            }
            #expect(!report.diagnostics.isEmpty, "\(name) \(variant.name) reads as clean")
        }
    }

    static func isBareNumber(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && trimmed.allSatisfy { $0.isNumber || $0 == "." || $0 == "/" }
    }

    // MARK: HTML pages

    static var htmlPages: [URL] {
        let folder = Fixtures.folder.appendingPathComponent("HTML")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func htmlFixturesAreFound() {
        #expect(Self.htmlPages.count >= 4)
    }

    @Test(arguments: htmlPages)
    func htmlPagesSurviveDamage(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        let name = url.lastPathComponent
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(7) { $0 &* 31 &+ Int($1) }))
        var variants = Self.byteVariants(bytes, random: &random)
        let text = String(decoding: bytes, as: UTF8.self)
        variants += Self.lineVariants(text, random: &random, count: 3)

        // 50,000 nested tags, opened and never closed, and opened and closed, around and inside the page.
        let depth = 50_000
        let open = String(repeating: "<div>", count: depth), close = String(repeating: "</div>", count: depth)
        variants.append(Variant(name: "page inside \(depth) nested divs", bytes: Array((open + text + close).utf8)))
        variants.append(Variant(name: "\(depth) unclosed tags before the page", bytes: Array((String(repeating: "<span><b>", count: depth / 2) + text).utf8)))
        if let body = text.range(of: "<table") {
            var nested = text
            nested.insert(contentsOf: String(repeating: "<table><tr><td>", count: depth / 3), at: body.lowerBound)
            variants.append(Variant(name: "\(depth) nested table cells", bytes: Array(nested.utf8)))
        }
        variants.append(Variant(name: "\(depth) nested tags alone", bytes: Array(("<html><body>" + open + "行政处罚 1" + close).utf8)))
        for variant in variants { Self.parseBounded(variant, seed: name) }
    }

    // MARK: Word files

    static var docxFiles: [URL] {
        let folder = Fixtures.folder.appendingPathComponent("Docx")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".docx") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: docxFiles)
    func wordFilesSurviveDamage(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        let name = url.lastPathComponent
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(11) { $0 &* 37 &+ Int($1) }))
        var variants = Self.byteVariants(bytes, random: &random, count: 6)
        // Flips confined to the central directory and local headers hit the archive's own bookkeeping.
        for round in 0..<3 {
            var tail = bytes
            for _ in 0..<4 { tail[tail.count - 1 - random.below(min(200, tail.count))] ^= 0xFF }
            variants.append(Variant(name: "central directory damaged (round \(round))", bytes: tail))
        }
        // A Word body nested 50,000 deep, and a 1 MB run.
        let depth = 50_000
        let nested = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + DocxFixtures.paragraph("行政处罚 1")
            + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        variants.append(Variant(name: "body nested \(depth) deep", bytes: DocxFixtures.docx(body: nested)))
        variants.append(Variant(name: "1 MB paragraph", bytes: DocxFixtures.docx(body: DocxFixtures.paragraph(String(repeating: "行政处罚0", count: 1_048_576 / 15)))))
        for variant in variants { Self.parseBounded(variant, seed: name) }
    }
}
