import NianbaoModel
import Testing

/// A section abridged to the lines with given words keeps those lines at their numbers.
@Suite struct NarrativeSectionTests {
    let section = NarrativeSection(heading: "一、总体情况", body: "本机关高度重视。\n共收到申请5件。\n主动公开信息12条。\n\n行政复议0件。\n其他工作。\n再无其他。", line: 10)

    @Test func keptLinesStayAtTheirNumbers() {
        let kept = section.keepingLines(with: ["申请", "复议"])
        #expect(kept.heading == section.heading)
        #expect(kept.line == 10)
        #expect(kept.body == "\n共收到申请5件。\n\n\n行政复议0件。")
        let lines = kept.body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "共收到申请5件。" && lines[4] == "行政复议0件。")
    }

    @Test func sectionWithoutTheWordsKeepsItsHeadingOnly() {
        let kept = section.keepingLines(with: ["诉讼"])
        #expect(kept.heading == "一、总体情况" && kept.body.isEmpty)
    }

    @Test func reportRemembersThatItsTextIsAbridged() {
        var report = Report(source: "a.txt")
        report.narrative = [section]
        #expect(!report.narrativeIsAbridged)
        report.abridgeNarrative(keepingLinesWith: ["主动公开"])
        #expect(report.narrativeIsAbridged)
        #expect(report.narrative == [NarrativeSection(heading: "一、总体情况", body: "\n\n主动公开信息12条。", line: 10)])
    }
}
