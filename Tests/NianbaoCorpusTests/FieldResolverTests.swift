import NianbaoCorpus
import NianbaoModel
import Testing

@Suite struct FieldResolverTests {
    static func cell(_ key: String) -> Field.Target {
        .cell(FieldKey(key)!)
    }

    static func group(_ key: String) -> Field.Target {
        .group(RowGroup.all.first { $0.key == key }!, column: "total")
    }

    @Test(arguments: [
        ("t2.penalty.decisions", "t2.penalty.decisions"),
        ("t3.new.natural", "t3.new.natural"),
        ("t4.suit_after_review.pending", "t4.suit_after_review.pending"),
        // v2019 only, v2021 only
        ("t2.procurement.amount", "t2.procurement.amount"),
        ("t2.fees.amount", "t2.fees.amount"),
        ("t3.other.total", "t3.other.total"),
    ])
    func keys(_ text: String, _ key: String) throws {
        let field = try #require(FieldResolver.resolve(text))
        #expect(field.target == Self.cell(key))
        #expect(field.key == key)
    }

    @Test(arguments: [
        ("t3.new", "t3.new.total"),
        ("t3.carried_forward", "t3.carried_forward.total"),
        ("t4.review", "t4.review.total"),
        ("t2.penalty", "t2.penalty.decisions"),
    ])
    func rowKeysNameTheirPrimaryColumn(_ text: String, _ key: String) {
        #expect(FieldResolver.resolve(text)?.target == Self.cell(key))
    }

    @Test(arguments: [
        ("行政处罚", "t2.penalty.decisions"),
        ("行政许可", "t2.licensing.decisions"),
        ("行政强制", "t2.coercion.decisions"),
        ("一、本年新收政府信息公开申请数量", "t3.new.total"),
        ("（一）予以公开", "t3.granted.total"),
        ("(一)予以公开", "t3.granted.total"),
        ("（七）总计", "t3.total.total"),
        ("四、结转下年度继续办理", "t3.carried_forward.total"),
        ("行政复议", "t4.review.total"),
    ])
    func printedLabels(_ text: String, _ key: String) {
        #expect(FieldResolver.resolve(text)?.target == Self.cell(key))
    }

    @Test(arguments: [
        ("本年新收", "t3.new.total"),
        ("予以公开", "t3.granted.total"),
        ("部分公开", "t3.partial.total"),
        ("上年结转", "t3.carried_in.total"),
        ("属于国家秘密", "t3.denied_secret.total"),
    ])
    func aliasesAndShortForms(_ text: String, _ key: String) {
        #expect(FieldResolver.resolve(text)?.target == Self.cell(key))
    }

    @Test(arguments: [
        ("不予公开", "denied"), ("denied", "denied"), ("t3.denied", "denied"),
        ("无法提供", "unavailable"), ("不予处理", "ignored"), ("其他处理", "other"), ("t3.other", "other"),
    ])
    func groups(_ text: String, _ group: String) throws {
        let field = try #require(FieldResolver.resolve(text))
        #expect(field.target == Self.group(group))
        #expect(field.key == "t3.\(group).total")
    }

    @Test func labelIsThePrintedOne() {
        #expect(FieldResolver.resolve("本年新收")?.label == "一、本年新收政府信息公开申请数量")
        #expect(FieldResolver.resolve("denied")?.label == "不予公开")
        #expect(FieldResolver.resolve("行政处罚")?.description == "t2.penalty.decisions 行政处罚")
    }

    @Test(arguments: ["", "xyz", "2023", "t2.nonexistent.key", "t9.penalty.decisions", "t3.nothing", "。、"])
    func unknown(_ text: String) {
        #expect(FieldResolver.resolve(text) == nil)
    }

    @Test func groupCellsAreTheMembersThatTheVersionHas() {
        let other = FieldResolver.resolve("其他处理")!
        let v2021 = Report(source: "a.txt", table3: .v2021)
        let v2019 = Report(source: "b.txt", table3: .v2019)
        #expect(other.cells(in: v2021).map(\.key.description) == ["t3.other_no_correction.total", "t3.other_no_fee.total", "t3.other_misc.total"])
        #expect(other.cells(in: v2019).map(\.key.description) == ["t3.other.total"])
        #expect(FieldResolver.resolve("不予公开")!.cells(in: v2019).count == 8)
    }

    @Test func everyKeyOfBothVersionsOnce() {
        // 表二 22 + 10 − 3 shared; 表三 (23 + 3) rows × 7; 表四 15.
        #expect(FieldResolver.allKeys.count == 29 + 26 * 7 + 15)
        #expect(Set(FieldResolver.allKeys).count == FieldResolver.allKeys.count)
        for key in FieldResolver.allKeys {
            #expect(FieldResolver.label(of: key) != nil, "\(key)")
        }
    }
}
