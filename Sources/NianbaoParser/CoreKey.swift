import NianbaoModel

/// A label's core (`LabelText.core`) as a key of the matcher's tables, hashed and compared byte for byte.
/// String hashes and compares by canonical equivalence, normalising non-ASCII text every time; both sides of
/// these lookups come out of `LabelText.core`, so their bytes are all that counts.
struct CoreKey: Hashable {
    let core: String

    init(_ core: String) {
        self.core = core
    }

    func hash(into hasher: inout Hasher) {
        core.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (left: CoreKey, right: CoreKey) -> Bool {
        left.core.withUTF8Bytes { leftBytes in right.core.withUTF8Bytes { leftBytes.elementsEqual($0) } }
    }
}
