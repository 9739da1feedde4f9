/// A small, fast, deterministic random number generator (SplitMix64): the same seed gives the same corpus on
/// every machine and every Swift version, which `SystemRandomNumberGenerator` does not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state.
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (bound > 0).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// A small count, usually 0, sometimes large: most agencies receive few applications, a few receive many.
    public mutating func skewedCount(zeroChance: Double, scale: Int) -> Int {
        if chance(zeroChance) { return 0 }
        let magnitude = below(4)
        var limit = scale
        for _ in 0..<magnitude { limit = limit * 3 }
        return 1 + below(max(1, limit / 9))
    }
}
