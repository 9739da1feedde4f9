import NianbaoCorpus
import NianbaoModel
import NianbaoTestSupport
import Testing

@Suite struct ReportDiffTests {
    @Test func changedCellsWithTheirChange() {
        let earlier = ReportBuilder(source: "a.txt", year: 2022).setting([
            "t2.penalty.decisions": "5", "t3.new.natural": "3", "t3.new.total": "3", "t4.review.total": "1",
        ]).report
        let later = ReportBuilder(source: "b.txt", year: 2023).setting([
            "t2.penalty.decisions": "8", "t3.new.natural": "1", "t3.new.total": "3", "t4.review.total": "",
        ]).report
        let diff = ReportDiff(earlier, later)

        #expect(diff.sharedCount == 200)
        #expect(diff.onlyLeft.isEmpty && diff.onlyRight.isEmpty)
        #expect(diff.changes.map(\.key.description) == ["t2.penalty.decisions", "t3.new.natural", "t4.review.total"], "template order; t3.new.total is unchanged")
        #expect(diff.changes.map { $0.change?.description } == ["3", "-2", nil], "right − left; none against a blank")
        #expect(diff.changes.map(\.label) == ["行政处罚", "一、本年新收政府信息公开申请数量 · 自然人", "行政复议 · 总计"])
        #expect(diff.changes[2].left.raw == "1")
        #expect(diff.changes[2].right.kind == .blank)
    }

    @Test func bothDirections() {
        let left = ReportBuilder(source: "a.txt").setting(["t2.penalty.decisions": "5"]).report
        let right = ReportBuilder(source: "b.txt").setting(["t2.penalty.decisions": "8"]).report
        #expect(ReportDiff(left, right).changes.map { $0.change?.description } == ["3"])
        #expect(ReportDiff(right, left).changes.map { $0.change?.description } == ["-3"])
    }

    @Test func sameValueAsPrintedDifferentlyIsNoChange() {
        let left = ReportBuilder(source: "a.txt").setting(["t2.penalty.decisions": "22"]).report
        var right = ReportBuilder(source: "b.txt").report
        right[FieldKey(.t2, "penalty", "decisions")] = Cell(kind: .number, number: DecimalNumber(22), raw: "２２（其中修订16件）", line: 40)
        #expect(ReportDiff(left, right).changes.isEmpty)
    }

    @Test func kindChangesAreChanges() {
        let left = ReportBuilder(source: "a.txt").setting(["t3.new.total": "/"]).report
        let right = ReportBuilder(source: "b.txt").setting(["t3.new.total": ""]).report
        let diff = ReportDiff(left, right)
        #expect(diff.changes.map(\.key.description) == ["t3.new.total"])
        #expect(diff.changes.first?.change == nil)
    }

    @Test func identicalReportsHaveNoChanges() {
        let report = ReportBuilder().setting(["t3.new.total": "4"]).report
        #expect(ReportDiff(report, report).changes.isEmpty)
    }

    @Test func acrossTemplateVersionsOnlySharedKeysAreCompared() {
        let v2019 = ReportBuilder(source: "a.txt", year: 2020, table2: .v2019, table3: .v2019)
            .setting(["t2.penalty.decisions": "4", "t2.procurement.amount": "251000元", "t3.other.total": "1"]).report
        let v2021 = ReportBuilder(source: "b.txt", year: 2023).setting(["t2.penalty.decisions": "6", "t2.fees.amount": "1.5"]).report
        let diff = ReportDiff(v2019, v2021)

        // 表二 shares licensing, penalty and coercion decisions; 表三 the 22 rows both have; 表四 all 15.
        #expect(diff.sharedCount == 3 + 22 * 7 + 15)
        #expect(diff.onlyLeft.count == 19 + 7)
        #expect(diff.onlyRight.count == 7 + 21)
        #expect(diff.onlyLeft.contains(FieldKey(.t2, "procurement", "amount")))
        #expect(diff.onlyLeft.contains(FieldKey(.t3, "other", "total")))
        #expect(diff.onlyRight.contains(FieldKey(.t2, "fees", "amount")))
        #expect(diff.onlyRight.contains(FieldKey(.t3, "other_misc", "total")))
        #expect(!diff.onlyLeft.contains(FieldKey(.t2, "penalty", "decisions")))
        // Cells only one version has are never reported as changes, however they differ.
        #expect(diff.changes.map(\.key.description) == ["t2.penalty.decisions"])
        #expect(diff.changes.first?.change?.description == "2")

        let reversed = ReportDiff(v2021, v2019)
        #expect(reversed.onlyLeft == diff.onlyRight)
        #expect(reversed.onlyRight == diff.onlyLeft)
    }
}
