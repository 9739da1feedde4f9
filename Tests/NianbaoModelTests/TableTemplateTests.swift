import NianbaoModel
import Testing

@Suite struct TableTemplateTests {
    @Test(arguments: [
        (TableID.t2, TemplateVersion.v2021, 10), (.t3, .v2021, 175), (.t4, .v2021, 15),
        (.t2, .v2019, 22), (.t3, .v2019, 161), (.t4, .v2019, 15),
    ])
    func everyTemplateHasItsKeyCount(_ table: TableID, _ version: TemplateVersion, _ count: Int) {
        let template = TableTemplate.template(table, version)
        #expect(template.table == table)
        #expect(template.keys.count == count)
        #expect(template.measures.count == count)
        #expect(Set(template.keys).count == count, "keys are unique")
        #expect(template.keys.allSatisfy { $0.table == table })
    }

    @Test(arguments: TableID.allCases, TemplateVersion.allCases)
    func everyKeyReadsBackFromItsText(_ table: TableID, _ version: TemplateVersion) {
        let template = TableTemplate.template(table, version)
        for (index, key) in template.keys.enumerated() {
            #expect(FieldKey(key.description) == key)
            #expect(template.index(of: key) == index)
        }
    }

    @Test func table3RowsInTemplateOrder() {
        let v2021 = TableTemplate.template(.t3, .v2021).rows.map(\.key)
        let v2019 = TableTemplate.template(.t3, .v2019).rows.map(\.key)
        #expect(v2021.count == 25)
        #expect(v2019.count == 23)
        #expect(v2021.prefix(3) == ["new", "carried_in", "granted"])
        #expect(v2021.suffix(5) == ["other_no_correction", "other_no_fee", "other_misc", "total", "carried_forward"])
        #expect(v2019.suffix(3) == ["other", "total", "carried_forward"])
        #expect(Array(v2021.prefix(20)) == Array(v2019.prefix(20)), "the two versions differ only in （六）")
    }

    @Test func table3ColumnsAreTheApplicants() {
        for version in TemplateVersion.allCases {
            for row in TableTemplate.template(.t3, version).rows {
                #expect(row.columns.map(\.key) == ["natural", "business", "research", "nonprofit", "legal", "org_other", "total"])
            }
        }
    }

    @Test func table4KeysAreGroupsTimesResults() {
        let keys = TableTemplate.template(.t4, .v2021).keys.map(\.description)
        #expect(keys.first == "t4.review.upheld")
        #expect(keys.last == "t4.suit_after_review.total")
        #expect(keys.contains("t4.suit_direct.pending"))
        #expect(TableTemplate.template(.t4, .v2019) === TableTemplate.template(.t4, .v2021))
    }

    @Test func table2KeysOfEachVersion() {
        let v2021 = Set(TableTemplate.template(.t2, .v2021).keys.map(\.description))
        let v2019 = Set(TableTemplate.template(.t2, .v2019).keys.map(\.description))
        #expect(v2021.contains("t2.fees.amount"))
        #expect(v2021.contains("t2.normative.in_force"))
        #expect(v2019.contains("t2.procurement.amount"))
        #expect(v2019.contains("t2.other_services.change"))
        #expect(!v2019.contains("t2.fees.amount"), "v2019 fees have no amount: never mix 万元 with a count")
        #expect(!v2019.contains("t2.regulations.in_force"))
        #expect(v2021.intersection(v2019) == ["t2.licensing.decisions", "t2.penalty.decisions", "t2.coercion.decisions"])
    }

    @Test func measuresFollowTheKeys() throws {
        let v2019 = TableTemplate.template(.t2, .v2019)
        let v2021 = TableTemplate.template(.t2, .v2021)
        func measure(_ template: TableTemplate, _ key: String) throws -> Measure {
            let fieldKey = try #require(FieldKey(key))
            return template.measures[try #require(template.index(of: fieldKey))]
        }
        #expect(try measure(v2019, "t2.licensing.change") == .signedCount)
        #expect(try measure(v2019, "t2.fees.change") == .signedCount)
        #expect(try measure(v2019, "t2.procurement.amount") == .money)
        #expect(try measure(v2019, "t2.procurement.projects") == .count)
        #expect(try measure(v2021, "t2.fees.amount") == .money)
        #expect(try measure(v2021, "t2.regulations.issued") == .count)
    }

    @Test func reportCellsFollowTheVersions() {
        #expect(Report(source: "a").cells.count == 10 + 175 + 15)
        #expect(Report(source: "a", table2: .v2019, table3: .v2019).cells.count == 22 + 161 + 15)
        #expect(Report(source: "a").cells.allSatisfy { $0.cell.kind == .missing })
    }
}
