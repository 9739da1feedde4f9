import Foundation
import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import Testing

/// Every seed report, altered in ways that change its bytes but not its content, must read into the same model.
@Suite struct AlteredFormsTests {
    static let seeds = Repository.seedReports.map(\.lastPathComponent)

    @Test(arguments: seeds)
    func crlfLineEndingsGiveTheSameModel(_ name: String) throws {
        let seed = try Seed(name)
        let altered = seed.text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(altered.utf8.count > seed.text.utf8.count, "the alteration changed the text")
        seed.expectSameModel(ReportParser.parse(text: altered, source: name))
    }

    @Test(arguments: seeds)
    func fullWidthDigitsReadAsNumbers(_ name: String) throws {
        let seed = try Seed(name)
        let (altered, changed) = try seed.alteringValueCells(Alteration.fullWidthDigits)
        #expect(changed > 0, "some value cell has digits to turn full-width")
        seed.expectSameModel(ReportParser.parse(text: altered, source: name), raw: Alteration.fullWidthDigits)
    }

    @Test(arguments: seeds)
    func nbspAndIdeographicSpacesAroundCellsAreIgnored(_ name: String) throws {
        let seed = try Seed(name)
        let altered = Alteration.paddingCells(seed.text)
        #expect(altered.contains("\u{A0}") && altered.contains("\u{3000}"))
        seed.expectSameModel(ReportParser.parse(text: altered, source: name))
    }

    @Test(arguments: seeds)
    func trailingSpacesOnEveryLineAreIgnored(_ name: String) throws {
        let seed = try Seed(name)
        let altered = seed.lines.map { $0 + "  " }.joined(separator: "\n")
        seed.expectSameModel(ReportParser.parse(text: altered, source: name))
    }

    @Test(arguments: seeds)
    func gb18030BytesGiveTheSameModel(_ name: String) throws {
        let seed = try Seed(name)
        let bytes = try #require(Alteration.gb18030(seed.text))
        #expect(bytes != Array(seed.text.utf8))
        #expect(TextDecoder.decode(bytes)?.encoding == .gb18030)
        seed.expectSameModel(try Alteration.parseFile(bytes, named: name))
    }

    @Test(arguments: seeds)
    func utf8WithBOMGivesTheSameModel(_ name: String) throws {
        let seed = try Seed(name)
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(seed.text.utf8)
        #expect(TextDecoder.decode(bytes)?.encoding == .utf8)
        let report = try Alteration.parseFile(bytes, named: name)
        #expect(report.title.unicodeScalars.first != "\u{FEFF}", "the BOM is not part of the title")
        seed.expectSameModel(report)
    }

    @Test(arguments: seeds)
    func utf16LittleEndianWithBOMGivesTheSameModel(_ name: String) throws {
        let seed = try Seed(name)
        let bytes: [UInt8] = [0xFF, 0xFE] + seed.text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
        #expect(TextDecoder.decode(bytes)?.encoding == .utf16LittleEndian)
        seed.expectSameModel(try Alteration.parseFile(bytes, named: name))
    }

    @Test(arguments: seeds)
    func everyAlterationAtOnceGivesTheSameModel(_ name: String) throws {
        let seed = try Seed(name)
        let (fullWidth, _) = try seed.alteringValueCells(Alteration.fullWidthDigits)
        let padded = Alteration.paddingCells(fullWidth)
        let text = padded.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + " " }.joined(separator: "\r\n")
        let bytes = try #require(Alteration.gb18030(text))
        seed.expectSameModel(try Alteration.parseFile(bytes, named: name), raw: Alteration.fullWidthDigits)
    }
}

/// A seed report's text and its reading, to compare altered forms against.
private struct Seed {
    let name: String
    let text: String
    let original: Report

    init(_ name: String) throws {
        self.name = name
        text = try String(contentsOf: Repository.corpus.appendingPathComponent(name), encoding: .utf8)
        original = ReportParser.parse(text: text, source: name)
    }

    /// The lines as the parser numbers them (the seeds end lines with LF only).
    var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The text with `transform` applied to every cell the original reading took a value from, found by the
    /// line and column the cell records; also returns how many cells the transform changed.
    func alteringValueCells(_ transform: (Substring) -> String) throws -> (text: String, changed: Int) {
        var targets: [Int: Set<Int>] = [:]
        for (_, cell) in original.cells where cell.line > 0 {
            targets[Int(cell.line), default: []].insert(Int(cell.column))
        }
        var found = 0, changed = 0
        var result: [String] = []
        for (index, line) in lines.enumerated() {
            guard let columns = targets[index + 1] else { result.append(String(line)); continue }
            // The same column arithmetic as the parser's: 1-based characters, a tab ending each field.
            var column = 1
            var fields: [String] = []
            for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
                if columns.contains(column), !(field.isEmpty && column == 1) {
                    found += 1
                    let altered = transform(field)
                    if altered != field { changed += 1 }
                    fields.append(altered)
                } else {
                    fields.append(String(field))
                }
                column += field.count + 1
            }
            result.append(fields.joined(separator: "\t"))
        }
        let expected = targets.values.reduce(0) { $0 + $1.count }
        try #require(found == expected, "every cell's recorded line and column lead to a printed field (\(found) of \(expected))")
        return (result.joined(separator: "\n"), changed)
    }

    /// Compares a reading of an altered form with the original, cell by cell.
    /// - Parameter raw: how the alteration changes a cell's printed text; identity by default.
    func expectSameModel(_ report: Report, raw: (Substring) -> String = { String($0) },
                         sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.year == original.year, sourceLocation: sourceLocation)
        #expect(report.agency == original.agency, sourceLocation: sourceLocation)
        #expect(report.title == original.title, sourceLocation: sourceLocation)
        for table in TableID.allCases {
            #expect(report[table].version == original[table].version, "\(table)", sourceLocation: sourceLocation)
            #expect(report[table].line == original[table].line, "\(table) heading line", sourceLocation: sourceLocation)
        }
        #expect(report.diagnostics.map(\.code) == original.diagnostics.map(\.code), "\(report.diagnostics)",
                sourceLocation: sourceLocation)

        let expected = original.cells.map { CellReading($0.key, $0.cell, raw: raw($0.cell.raw[...])) }
        let actual = report.cells.map { CellReading($0.key, $0.cell) }
        #expect(actual.map(\.key) == expected.map(\.key), "keys and their order", sourceLocation: sourceLocation)
        let mismatches = zip(expected, actual).filter { $0 != $1 }.map { "expected \($0), got \($1)" }
        #expect(mismatches.isEmpty, "\(mismatches.count) cells differ: \(mismatches.prefix(5).joined(separator: "; "))",
                sourceLocation: sourceLocation)
    }
}

/// What is compared of a cell: everything but the column, which alterations may move.
private struct CellReading: Equatable, CustomStringConvertible {
    let key: String
    let kind: CellKind
    let value: DecimalNumber?
    let raw: String
    let line: Int32
    let isDoubtful: Bool

    init(_ key: FieldKey, _ cell: Cell, raw: String? = nil) {
        self.key = key.description
        kind = cell.kind
        value = cell.value
        self.raw = raw ?? cell.raw
        line = cell.line
        isDoubtful = cell.isDoubtful
    }

    var description: String {
        "\(key) \(kind.name) \(value.map(\.description) ?? "-") ‘\(raw)’ line \(line)\(isDoubtful ? " doubtful" : "")"
    }
}

/// The alterations, built in code from the seed text.
private enum Alteration {
    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// ASCII digits to their full-width forms (`23` → `２３`).
    static func fullWidthDigits(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
    }

    /// NBSP and ideographic spaces around every tab-separated cell (both orders, alternating), and an NBSP
    /// before every non-empty line without tabs (title, headings, narrative, label continuations). An empty field before a line's first tab is left as it
    /// is: it is the layout's cell marker, not a cell.
    static func paddingCells(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains("\t") else { return line.isEmpty ? "" : "\u{A0}" + line }
            return line.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map { position, field in
                if position == 0, field.isEmpty { return "" }
                return position.isMultiple(of: 2) ? "\u{A0}\(field)\u{3000}" : "\u{3000}\(field)\u{A0}"
            }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    static func gb18030(_ text: String) -> [UInt8]? {
        text.data(using: gb18030Encoding).map { [UInt8]($0) }
    }

    /// Reads bytes through the file path of the parser, as a report on disk would be read.
    static func parseFile(_ bytes: [UInt8], named name: String) throws -> Report {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-altered-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try ReportParser.parse(fileAt: file.path)
    }
}
