/// Why a figure could not be measured, printed in its place.
struct SkipReason: Error {
    let text: String

    init(_ text: String) {
        self.text = text
    }
}
