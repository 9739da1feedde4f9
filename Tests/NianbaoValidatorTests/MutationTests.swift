import NianbaoModel
import NianbaoParser
import NianbaoTestSupport
import NianbaoValidator
import Testing

/// Correct reports changed one cell at a time: every change must be reported by the right rule, naming the
/// changed cell, and the unchanged reports must give no error.
@Suite struct MutationTests {
    static let seeds: [Report] = Repository.seedReports.compactMap { try? ReportParser.parse(fileAt: $0.path) }
    static let arithmeticRules: Set<String> = ["t3.balance", "t3.results_sum", "t3.row_sum", "t4.block_sum"]

    @Test func seedsAreCorrect() {
        #expect(Self.seeds.count == 5)
        for report in Self.seeds {
            let errors = Validator().check(report).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(report.source): \(errors.map(\.message))")
        }
    }

    /// Every 表三 and 表四 cell takes part in a sum, so any change to one breaks a sum that names it.
    @Test(arguments: seeds.indices)
    func everyChangedNumberIsCaughtByArithmetic(_ seed: Int) {
        let original = Self.seeds[seed]
        for table in [TableID.t3, .t4] {
            for key in original[table].template.keys {
                var report = original
                let changed = original[key]!.value! + DecimalNumber(1)
                report[key] = Cell(kind: .number, number: changed, raw: changed.description, line: Int(original[key]!.line))
                // Warnings (the narrative's numbers) may join in; the errors must all be arithmetic.
                let failures = Validator().check(report).filter { $0.outcome == .fail && $0.severity == .error }
                #expect(!failures.isEmpty, "\(original.source) \(key)")
                #expect(failures.allSatisfy { Self.arithmeticRules.contains($0.rule) }, "\(key): \(failures.map(\.rule))")
                #expect(failures.allSatisfy { finding in finding.cells.contains { $0.key == key && $0.cell.raw == changed.description } },
                        "\(key) is named with its printed value in every finding")
            }
        }
    }

    @Test(arguments: seeds.indices)
    func everyCellRuleCatchesItsMistakeInEveryCell(_ seed: Int) {
        let original = Self.seeds[seed]
        for table in original.tables {
            for (key, measure) in zip(table.template.keys, table.template.measures) {
                let line = Int(original[key]!.line)
                var mutations: [(Cell, String)] = [
                    (Cell(kind: .text, raw: "详见附表", line: line), "cell.text"),
                    (Cell(kind: .blank, raw: "", line: line), "cell.blank"),
                ]
                if measure != .signedCount { mutations.append((Cell(kind: .number, number: DecimalNumber(-2), raw: "-2", line: line), "cell.negative")) }
                if measure != .money { mutations.append((Cell(kind: .number, number: DecimalNumber("1.5")!, raw: "1.5", line: line), "cell.fraction")) }
                for (cell, rule) in mutations {
                    var report = original
                    report[key] = cell
                    let findings = Validator().check(report)
                    #expect(findings.contains { $0.rule == rule && $0.outcome == .fail && $0.cells.map(\.key) == [key] && $0.line == line },
                            "\(original.source) \(key) ‘\(cell.raw)’ → \(rule)")
                    if cell.value == nil, table.template.table != .t2 {
                        // A sum over a cell that holds no number cannot be done, and says which cell stopped it.
                        let stopped = findings.filter { Self.arithmeticRules.contains($0.rule) }
                        #expect(!stopped.isEmpty && stopped.allSatisfy { $0.outcome == .notAssessable && $0.cells.map(\.key) == [key] },
                                "\(key) ‘\(cell.raw)’: \(stopped.map(\.message))")
                    }
                }
            }
        }
    }

    // MARK: Mistakes published in real reports

    @Test func totalRowThatDisagreesWithItsRows() throws {
        var report = Self.seeds[0]
        report[FieldKey(.t3, "total", "natural")] = Cell(kind: .number, number: DecimalNumber(7), raw: "7", line: 332)
        report[FieldKey(.t3, "total", "total")] = Cell(kind: .number, number: DecimalNumber(7), raw: "7", line: 338)
        let findings = Validator().check(report).filter { $0.rule == "t3.results_sum" }
        #expect(Set(findings.map { $0.cells.last!.key.description }) == ["t3.total.natural", "t3.total.total"])
        #expect(findings.allSatisfy { $0.expected == "6" && $0.found == "7" })
    }

    @Test func totalColumnLeftBlank() {
        var report = Self.seeds[0]
        for row in report[.t3].template.rows {
            report[FieldKey(.t3, row.key, "total")] = Cell(kind: .blank, raw: "", line: 90)
        }
        let findings = Validator().check(report)
        let blanks = findings.filter { $0.rule == "cell.blank" }
        #expect(blanks.count == report[.t3].template.rows.count)
        let rowSums = findings.filter { $0.rule == "t3.row_sum" }
        #expect(rowSums.count == report[.t3].template.rows.count && rowSums.allSatisfy { $0.outcome == .notAssessable })
        #expect(!findings.contains { $0.severity == .error && $0.outcome == .fail }, "a blank is never read as 0")

        let zeroed = Validator(options: ValidationOptions(blankAsZero: true)).check(report).filter { $0.rule == "t3.row_sum" && $0.outcome == .fail }
        #expect(zeroed.map { $0.cells.last!.key.description }.contains("t3.new.total"), "with blanks as 0 the 6 of 自然人 no longer adds up")
        #expect(zeroed.allSatisfy { $0.blankAsZero })
    }

    @Test func table4TotalThatDisagrees() {
        var report = Self.seeds[2]
        report[FieldKey(.t4, "suit_direct", "total")] = Cell(kind: .number, number: DecimalNumber(1), raw: "1", line: 70)
        let findings = Validator().check(report).filter { $0.outcome == .fail && $0.severity == .error }
        #expect(findings.map(\.rule) == ["t4.block_sum"])
        #expect(findings.first?.cells.map(\.key.description) == ["t4.suit_direct.upheld", "t4.suit_direct.corrected", "t4.suit_direct.other", "t4.suit_direct.pending", "t4.suit_direct.total"])
        #expect(findings.first?.line == 70)
    }
}
