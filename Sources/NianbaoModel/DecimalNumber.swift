/// An exact decimal number as printed in a report: `886`, `-3`, `5949.088667`.
///
/// Reports print counts and money with a few decimals; binary floating point would turn a sum of
/// printed amounts into something no one printed, so values are kept as a scaled integer.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits without the decimal point.
    public let significand: Int64
    /// How many of the digits stand after the decimal point.
    public let scale: UInt8

    public init(significand: Int64, scale: UInt8 = 0) {
        self.significand = significand
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(significand: Int64(integer))
    }

    public static let zero = DecimalNumber(0)

    /// Reads plain ASCII `[-+]digits[.digits]`; nil for anything else or a value too large to keep exactly.
    public init?(_ text: some StringProtocol) {
        var negative = false
        var significand: Int64 = 0
        var scale: UInt8 = 0
        var seenPoint = false
        var digits = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: ".") where !seenPoint: seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times, overflow1) = significand.multipliedReportingOverflow(by: 10)
                let (plus, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                guard !overflow1, !overflow2, scale < 18 else { return nil }
                significand = plus
                digits += 1
                if seenPoint { scale += 1 }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        self.init(significand: negative ? -significand : significand, scale: scale)
    }

    public var isWhole: Bool { scale == 0 || significand % Self.power(scale) == 0 }
    public var isNegative: Bool { significand < 0 }

    /// The value as a Double, for charts and JSON; arithmetic stays exact.
    public var doubleValue: Double { Double(significand) / Double(Self.power(scale)) }

    public var description: String { normalized.printed }

    /// The value with every digit it was read with (`1.50` stays `1.50`), as a plain ASCII number prints it.
    public var printed: String {
        guard scale > 0 else { return String(significand) }
        let magnitude = String(significand.magnitude)
        let padded = String(repeating: "0", count: max(0, Int(scale) + 1 - magnitude.count)) + magnitude
        let split = padded.index(padded.endIndex, offsetBy: -Int(scale))
        return (significand < 0 ? "-" : "") + padded[..<split] + "." + padded[split...]
    }

    /// The same value with trailing fractional zeros removed (`1.50` → `1.5`).
    public var normalized: DecimalNumber {
        var result = self
        while result.scale > 0, result.significand % 10 == 0 {
            result = DecimalNumber(significand: result.significand / 10, scale: result.scale - 1)
        }
        return result
    }

    public static func + (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        let scale = max(lhs.scale, rhs.scale)
        return DecimalNumber(significand: lhs.rescaled(to: scale) &+ rhs.rescaled(to: scale), scale: scale)
    }

    public static func - (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        lhs + DecimalNumber(significand: -rhs.significand, scale: rhs.scale)
    }

    public static func += (lhs: inout DecimalNumber, rhs: DecimalNumber) { lhs = lhs + rhs }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale) < rhs.rescaled(to: scale)
    }

    public static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale) == rhs.rescaled(to: scale)
    }

    public func hash(into hasher: inout Hasher) {
        let value = normalized
        hasher.combine(value.significand)
        hasher.combine(value.scale)
    }

    private func rescaled(to target: UInt8) -> Int64 {
        significand &* Self.power(target - scale)
    }

    private static func power(_ exponent: UInt8) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result &*= 10 }
        return result
    }
}
