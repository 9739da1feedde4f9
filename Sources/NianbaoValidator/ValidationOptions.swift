/// How the validator treats what it reads.
public struct ValidationOptions: Sendable, Equatable {
    /// Re-run the arithmetic with blank cells read as 0; findings then say so.
    public var blankAsZero: Bool

    public init(blankAsZero: Bool = false) {
        self.blankAsZero = blankAsZero
    }
}
