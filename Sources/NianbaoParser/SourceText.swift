/// A report file's text as the parser reads it, to show where a cell came from: the decoded lines of a text
/// file, or the lines extracted from a web page or Word file, each with the line number cells refer to.
public struct SourceText: Sendable {
    /// How the file's lines were made, which says what a cell's line number points at.
    public enum Format: String, Sendable {
        /// A text file: line N is the Nth line of the file.
        case text
        /// A web page: line N is the line of the page where a table row (`<tr>`) or paragraph starts.
        case html
        /// A Word file: line N is the Nth paragraph or table row of the document.
        case docx
    }

    /// One line as read, tabs between table cells.
    public struct Line: Sendable, Equatable {
        /// The line number cells and diagnostics use; several extracted lines of a page may share one.
        public let number: Int
        public let text: String
    }

    public let format: Format
    public let lines: [Line]
    /// A hash of the file's bytes, equal to `Report.sourceFingerprint` when the file has not changed since.
    public let fingerprint: UInt64

    /// A 64-bit FNV-1a hash of the bytes: cheap, and enough to notice an edited file.
    static func fingerprint(of bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
