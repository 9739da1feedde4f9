import NianbaoModel
import Testing

@Suite struct DecimalNumberTests {
    private func number(_ text: String) throws -> DecimalNumber {
        try #require(DecimalNumber(text), "‘\(text)’ reads as a number")
    }

    @Test func wholeNumbersReadExactly() throws {
        #expect(try number("0") == DecimalNumber(0))
        #expect(try number("886") == DecimalNumber(886))
        #expect(try number("886").significand == 886)
        #expect(try number("886").scale == 0)
    }

    @Test func decimalsKeepTheirDigitsAndScale() throws {
        let amount = try number("5949.088667")
        #expect(amount.significand == 5_949_088_667)
        #expect(amount.scale == 6)
        #expect(try number("116014.331") == DecimalNumber(significand: 116_014_331, scale: 3))
    }

    @Test func signsAreRead() throws {
        #expect(try number("+1036") == DecimalNumber(1036))
        #expect(try number("-3") == DecimalNumber(-3))
        #expect(try number("-3").isNegative)
        #expect(try !number("+1036").isNegative)
        #expect(try number("-0.5") == DecimalNumber(significand: -5, scale: 1))
    }

    @Test(arguments: ["", "-", "+", ".", "abc", "1.2.3", "--1", "+-1", "1-", "1,234", " 1", "1 ", "1e5", "２３", "0x10", "12元"])
    func textThatIsNotAPlainNumberIsRejected(_ text: String) {
        #expect(DecimalNumber(text) == nil)
    }

    @Test func valuesTooLargeToKeepExactlyAreRejected() throws {
        #expect(try number("9223372036854775807") == DecimalNumber(significand: .max))
        #expect(DecimalNumber("9223372036854775808") == nil)
        #expect(DecimalNumber("99999999999999999999") == nil)
    }

    @Test func tenthsAddExactly() throws {
        let sum = try number("0.1") + number("0.2")
        #expect(try sum == number("0.3"))
        #expect(sum.description == "0.3")
        #expect(sum.doubleValue == 0.3, "a sum of printed decimals converts to the double nearest the printed value")
    }

    @Test func additionAlignsScales() throws {
        #expect(try number("5949.088667") + number("1") == number("5950.088667"))
        #expect(try number("1.5") + number("2.25") == number("3.75"))
        #expect(try (number("1.5") + number("2.25")).description == "3.75")
        var total = DecimalNumber.zero
        for _ in 0..<10 { total += try number("0.1") }
        #expect(total == DecimalNumber(1))
        #expect(total.description == "1")
    }

    @Test func subtractionMayGoNegative() throws {
        #expect(try number("0.3") - number("0.1") == number("0.2"))
        #expect(try number("1") - number("3") == DecimalNumber(-2))
        #expect(try (number("0.1") - number("0.35")).description == "-0.25")
    }

    @Test(arguments: [
        ("886", "886"), ("-3", "-3"), ("+1036", "1036"), ("5949.088667", "5949.088667"), ("0.5", "0.5"),
        ("1.50", "1.5"), ("100", "100"), ("100.00", "100"), ("0.0", "0"), ("-0", "0"), ("-0.05", "-0.05"),
        ("0.001", "0.001"), ("-0.005", "-0.005"), ("007", "7"), ("1234567.89", "1234567.89"),
    ])
    func descriptionPrintsTheShortestExactForm(_ text: String, _ printed: String) throws {
        #expect(try number(text).description == printed)
    }

    @Test func descriptionOfAScaledSignificand() {
        #expect(DecimalNumber(significand: 5, scale: 1).description == "0.5")
        #expect(DecimalNumber(significand: -5, scale: 3).description == "-0.005")
        #expect(DecimalNumber(significand: 12_300, scale: 2).description == "123")
    }

    @Test func normalisationDropsTrailingFractionalZerosOnly() throws {
        let normalized = try number("1.50").normalized
        #expect(normalized.significand == 15)
        #expect(normalized.scale == 1)
        #expect(try number("2.000").normalized == DecimalNumber(significand: 2, scale: 0))
        #expect(try number("2.000").normalized.scale == 0)
        #expect(try number("100").normalized.significand == 100, "integer zeros stay")
        #expect(try number("0.00").normalized.scale == 0)
    }

    @Test func equalValuesOfDifferentScaleAreEqualAndHashAlike() throws {
        #expect(try number("1.50") == number("1.5"))
        #expect(try number("2.00") == number("2"))
        #expect(try number("1.50") != number("1.05"))
        #expect(try Set([number("1.50"), number("1.5"), number("1.500")]).count == 1)
        #expect(try Set([number("1.5"), number("15")]).count == 2)
    }

    @Test func comparisonOrdersByValue() throws {
        #expect(try number("0.5") < number("1"))
        #expect(try number("-3") < number("0"))
        #expect(try number("1.25") < number("1.3"))
        #expect(try !(number("1.30") < number("1.3")))
        #expect(try number("-0.5") > number("-1"))
        let sorted = try ["10", "9.99", "-3", "0", "0.1", "+2"].map(number).sorted()
        #expect(sorted.map(\.description) == ["-3", "0", "0.1", "2", "9.99", "10"])
    }

    @Test func isWholeIgnoresZeroFractions() throws {
        #expect(try number("886").isWhole)
        #expect(try number("-3").isWhole)
        #expect(try number("2.00").isWhole)
        #expect(try !number("2.5").isWhole)
        #expect(try !number("5949.088667").isWhole)
        #expect(try !number("-0.01").isWhole)
    }

    @Test func doubleValueForDisplay() throws {
        #expect(try number("5949.088667").doubleValue == 5949.088667)
        #expect(try number("-3").doubleValue == -3)
    }
}
