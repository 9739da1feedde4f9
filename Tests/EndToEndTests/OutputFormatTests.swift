import Foundation
import NianbaoModel
import NianbaoTestSupport
import Testing

/// `--format` and `export`: what programs that read nianbao's output can rely on.
@Suite("Output formats and export")
struct OutputFormatTests {
    @Test func jsonListIsOneObjectPerReport() throws {
        let run = try BuiltProgram.run(["--format", "json", "-c", "list"])

        #expect(run.status == 0, "\(run)")
        let records = try jsonObjects(in: run.standardOutput)
        #expect(records.count == 5, "\(run)")
        for record in records {
            #expect(record["year"] is Int, "\(record)")
            #expect(record["agency"] is String, "\(record)")
            #expect((record["source"] as? String)?.hasPrefix("Corpus/") == true, "\(record)")
        }
        #expect(Set(records.compactMap { $0["year"] as? Int }) == [2020, 2023])
        #expect(records.contains { $0["agency"] as? String == "杭州市拱墅区统计局" })
    }

    @Test func csvListHasHeaderAndOneRowPerReport() throws {
        let run = try BuiltProgram.run(["--format", "csv", "-c", "list"])

        #expect(run.status == 0, "\(run)")
        let rows = run.outputLines.map(csvFields)
        let header = try #require(rows.first)
        #expect(header.contains("year") && header.contains("agency") && header.contains("source"), "\(header)")
        #expect(rows.count == 6, "a header and five reports: \(run)")
        for row in rows.dropFirst() {
            #expect(row.count == header.count, "\(row)")
        }
        let agencyColumn = try #require(header.firstIndex(of: "agency"))
        #expect(rows.dropFirst().contains { $0[agencyColumn] == "杭州市余杭区百丈镇" })
    }

    @Test func markdownListIsATable() throws {
        let run = try BuiltProgram.run(["--format", "markdown", "-c", "list"])

        #expect(run.status == 0, "\(run)")
        let tableLines = run.outputLines.filter { $0.hasPrefix("|") }
        #expect(tableLines.count == 7, "header, rule and five reports: \(run)")
    }

    @Test func exportJSONWritesEveryTemplateKey() throws {
        let folder = TemporaryFolder.make()
        let file = folder.url.appendingPathComponent("reports.jsonl")

        let run = try BuiltProgram.run(["-c", "export json \(file.path)"])

        #expect(run.status == 0, "\(run)")
        let reports = try jsonObjects(in: String(contentsOf: file, encoding: .utf8))
        #expect(reports.count == 5)
        for report in reports {
            let source = report["source"] as? String ?? "?"
            #expect(report["year"] is Int, "\(source)")
            #expect(report["agency"] is String, "\(source)")
            #expect(report["diagnostics"] is [Any], "\(source)")
            let templates = try #require(report["template"] as? [String: String], "\(source)")
            let cells = try #require(report["cells"] as? [String: [String: Any]], "\(source)")

            let expectedKeys = try templateKeys(templates)
            let missing = expectedKeys.subtracting(cells.keys)
            #expect(missing.isEmpty, "\(source) lacks \(missing.sorted())")
            for (key, cell) in cells {
                let kind = cell["kind"] as? String
                #expect(["number", "blank", "na", "text"].contains(kind), "\(source) \(key): \(cell)")
                #expect((kind == "number") == !(cell["value"] is NSNull), "value is null unless a number: \(source) \(key): \(cell)")
                #expect(cell["line"] is Int, "\(source) \(key): \(cell)")
            }
        }
        let bureau = try #require(reports.first { $0["agency"] as? String == "杭州市拱墅区统计局" })
        let total = try #require((bureau["cells"] as? [String: [String: Any]])?["t3.total.total"])
        #expect(total["value"] as? Int == 2)
    }

    @Test func exportJSONToStandardOutput() throws {
        let run = try BuiltProgram.run(["-c", "export json 2020"])

        #expect(run.status == 0, "\(run)")
        let reports = try jsonObjects(in: run.standardOutput)
        #expect(reports.count == 1, "\(run)")
        #expect(reports.first?["year"] as? Int == 2020)
    }

    @Test func exportCSVIsLongForm() throws {
        let folder = TemporaryFolder.make()
        let file = folder.url.appendingPathComponent("reports.csv")

        let run = try BuiltProgram.run(["-c", "export csv \(file.path) 拱墅区统计局"])

        #expect(run.status == 0, "\(run)")
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { csvFields(String($0)) }
        #expect(rows.first == ["source", "year", "agency", "template", "key", "label", "kind", "value", "raw"])
        for row in rows.dropFirst() {
            #expect(row.count == 9, "\(row)")
        }
        let total = try #require(rows.first { $0.count == 9 && $0[4] == "t3.total.total" })
        #expect(total[2] == "杭州市拱墅区统计局")
        #expect(total[7] == "2")
    }
}

/// Every cell key of the template versions a report names (`{"t2": "v2021", "t3": "v2021"}`); 表四 is the same in
/// both versions.
private func templateKeys(_ templates: [String: String]) throws -> Set<String> {
    var keys = Set<String>()
    for table in TableID.allCases {
        let version = try #require(TemplateVersion(rawValue: templates[table.rawValue] ?? TemplateVersion.v2021.rawValue))
        keys.formUnion(TableTemplate.template(table, version).keys.map(\.description))
    }
    return keys
}

/// Splits one CSV record, honouring double quotes.
func csvFields(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var characters = line.makeIterator()
    while let character = characters.next() {
        switch (character, quoted) {
        case ("\"", true):
            // A doubled quote inside quotes stands for one quote; anything else ends the quoted part.
            if let next = characters.next() {
                if next == "\"" { field.append("\"") } else {
                    quoted = false
                    if next == "," { fields.append(field); field = "" } else { field.append(next) }
                }
            } else {
                quoted = false
            }
        case ("\"", false) where field.isEmpty:
            quoted = true
        case (",", false):
            fields.append(field)
            field = ""
        case ("\r", false):
            continue
        default:
            field.append(character)
        }
    }
    fields.append(field)
    return fields
}
