import NianbaoModel
import Testing

@Suite struct EditDistanceTests {
    @Test func swappedNeighboursAreOneEdit() {
        #expect(EditDistance.between("shwo", "show") == 1)
        #expect(EditDistance.between("tabel3", "table3") == 1)
        #expect(EditDistance.between("", "abc") == 3)
    }

    @Test(arguments: [
        ("拱墅区统计屋", "杭州市拱墅区统计局", 1),
        ("拱墅区统计局", "杭州市拱墅区统计局", 0),
        ("百丈真", "杭州市余杭区百丈镇", 1),
        ("上海市", "杭州市余杭区百丈镇", 2),
        ("", "杭州市", 0),
        ("统计局", "", 3),
    ])
    func fragmentWithinALongerName(_ fragment: String, _ name: String, _ edits: Int) {
        #expect(EditDistance.withinText(fragment, name) == edits)
    }
}
