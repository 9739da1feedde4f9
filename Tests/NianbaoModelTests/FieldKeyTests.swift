import NianbaoModel
import Testing

@Suite struct FieldKeyTests {
    @Test func keyReadsItsThreeParts() throws {
        let key = try #require(FieldKey("t3.new.total"))
        #expect(key.table == .t3)
        #expect(key.row == "new")
        #expect(key.column == "total")
        #expect(key == FieldKey(.t3, "new", "total"))
    }

    @Test(arguments: ["t2.fees.amount", "t3.denied_third_party.org_other", "t4.suit_after_review.pending", "t2.procurement.projects"])
    func descriptionRoundTrips(_ text: String) throws {
        #expect(try #require(FieldKey(text)).description == text)
    }

    @Test(arguments: [
        "", "t3", "t3.new", "t3.new.total.x", "t5.new.total", "T3.new.total", "t3..total", "t3.new.", ".new.total",
        "table3.new.total", "t3 new total",
    ])
    func malformedKeysAreRejected(_ text: String) {
        #expect(FieldKey(text) == nil)
    }

    @Test func keysOrderByTheirText() throws {
        let keys = try ["t4.review.total", "t2.fees.amount", "t3.new.natural", "t3.carried_in.total"].map { try #require(FieldKey($0)) }
        #expect(keys.sorted().map(\.description) == ["t2.fees.amount", "t3.carried_in.total", "t3.new.natural", "t4.review.total"])
    }

    @Test func equalKeysHashAlike() {
        #expect(Set([FieldKey(.t2, "penalty", "decisions"), FieldKey("t2.penalty.decisions")!]).count == 1)
        #expect(FieldKey(.t2, "penalty", "decisions") != FieldKey(.t3, "penalty", "decisions"))
    }
}
