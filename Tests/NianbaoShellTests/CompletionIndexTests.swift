import NianbaoShell
import Testing

/// What Tab offers, over the bundled corpus.
@Suite struct CompletionIndexTests {
    let completions: CompletionIndex

    init() throws {
        completions = try ShellFixtures.seedShell().completions
    }

    @Test func commandNames() {
        #expect(completions.candidates(for: "sh") == ["show"])
        #expect(completions.candidates(for: "s") == ["show", "sum", "set"])
        #expect(completions.candidates(for: "ex") == ["export", "exit"])
        #expect(completions.candidates(for: "").contains("quit"))
        #expect(completions.candidates(for: "zz").isEmpty)
    }

    @Test func showKeywords() {
        #expect(completions.candidates(for: "show 2023 拱墅区统计局 ta") == ["table2", "table3", "table4"])
        #expect(completions.candidates(for: "show 2023 拱墅区统计局 di") == ["diagnostics"])
    }

    @Test func otherCommandsKeywords() {
        #expect(completions.candidates(for: "diff 统计局 v") == ["vs"])
        #expect(completions.candidates(for: "export j") == ["json"])
        #expect(completions.candidates(for: "set format m") == ["markdown"])
        #expect(completions.candidates(for: "sum 行政处罚 by a") == ["agency"])
        #expect(completions.candidates(for: "sum 行政处罚 by ") == ["year", "agency", "province", "city", "district", "town", "department"],
                "only a dimension follows `by`")
    }

    @Test func yearsOfTheLoadedReports() {
        #expect(completions.candidates(for: "show 20") == ["2020", "2023"])
        #expect(completions.candidates(for: "list 202") == ["2020", "2023"])
    }

    @Test func agencyFragmentsCompleteToTheWholeName() {
        #expect(completions.candidates(for: "show 2023 统计") == ["杭州市拱墅区统计局"])
        #expect(completions.candidates(for: "show 百丈") == ["杭州市余杭区百丈镇"])
        let gongshu = completions.candidates(for: "list 拱墅")
        #expect(gongshu == ["拱墅区湖墅街道", "杭州市拱墅区祥符街道办事处", "杭州市拱墅区统计局"], "names beginning with the fragment first")
    }

    @Test func chineseFieldLabels() {
        let administrative = completions.candidates(for: "sum 行政")
        for label in ["行政处罚", "行政许可", "行政强制", "行政事业性收费", "行政规范性文件"] {
            #expect(administrative.contains(label), "\(label) in \(administrative)")
        }
        #expect(administrative.allSatisfy { $0.contains("行政") })
        #expect(Set(administrative).count == administrative.count, "no repeats")

        #expect(completions.candidates(for: "sum 不予").contains("不予公开"))
        #expect(completions.candidates(for: "sum 不予").contains("不予处理"))
        #expect(completions.candidates(for: "sum 本年新").contains("本年新收政府信息公开申请数量"))
        #expect(completions.candidates(for: "sum t2.pen") == ["t2.penalty.prior_items", "t2.penalty.change", "t2.penalty.decisions"])
        #expect(completions.candidates(for: "fields 行政处").contains("行政处罚"))
    }

    @Test func fieldLabelsOnlyWhereAFieldGoes() {
        // After the field, `sum` takes a selector: years and agencies, not labels.
        let afterField = completions.candidates(for: "sum 行政处罚 ")
        #expect(afterField.contains("2023"))
        #expect(afterField.contains("by"))
        #expect(!afterField.contains("行政许可"))
        #expect(!completions.candidates(for: "show 行政").contains("行政处罚"))
    }

    @Test func helpCompletesCommandNames() {
        #expect(completions.candidates(for: "help su") == ["sum"])
        #expect(!completions.candidates(for: "help 20").contains("2023"))
    }
}

/// What Tab offers for the exploration commands.
@Suite struct ExplorationCompletionTests {
    let completions: CompletionIndex

    init() throws {
        completions = try ShellFixtures.seedShell().completions
    }

    @Test func newCommandNames() {
        #expect(completions.candidates(for: "to") == ["top"])
        #expect(completions.candidates(for: "tr") == ["trend"])
    }

    @Test func levelsAfterBy() {
        #expect(completions.candidates(for: "sum 行政处罚 by d") == ["district", "department"])
        #expect(completions.candidates(for: "sum 行政处罚 by c") == ["city"])
        let afterBy = completions.candidates(for: "sum 行政处罚 by ")
        #expect(["year", "agency", "province", "city", "district", "town", "department"].allSatisfy(afterBy.contains), "\(afterBy)")
    }

    @Test func fieldsWhereAFieldGoes() {
        #expect(completions.candidates(for: "top 行政处").contains("行政处罚"))
        #expect(completions.candidates(for: "top 3 行政处").contains("行政处罚"))
        #expect(completions.candidates(for: "trend 本年新").contains("本年新收政府信息公开申请数量"))
        #expect(completions.candidates(for: "list where 行政处").contains("行政处罚"))
        #expect(completions.candidates(for: "list 2023 where 行政处罚 > 0 and 本年").contains("本年新收政府信息公开申请数量"))
        // Before `where`, and after a field, `list` takes a selector.
        #expect(!completions.candidates(for: "list 行政").contains("行政处罚"))
        #expect(!completions.candidates(for: "trend 行政处罚 行政").contains("行政许可"))
        #expect(completions.candidates(for: "trend 行政处罚 统计").contains("杭州市拱墅区统计局"))
    }

    @Test func whereKeywords() {
        #expect(completions.candidates(for: "list 2023 wh") == ["where"])
        #expect(completions.candidates(for: "list where ch").first == "check", "keywords before fields that hold the text")
        #expect(completions.candidates(for: "list where check f") == ["fails"])
        #expect(completions.candidates(for: "list where check p") == ["passes"])
    }
}
