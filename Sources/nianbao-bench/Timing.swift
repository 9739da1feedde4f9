/// Wall-clock time of pieces of work.
enum Timing {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let elapsed = try ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// What `body` returns, and the seconds it took.
    static func measure<Value>(_ body: () throws -> Value) rethrows -> (value: Value, seconds: Double) {
        var value: Value?
        let time = try seconds { value = try body() }
        return (value!, time)
    }

    /// The middle of the values (the upper middle of an even count): one slow run does not move it.
    static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}
