/// The file formats reports come in, told from their first bytes rather than their names.
enum DocumentFormat {
    case text
    case html
    case docx

    static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        // Markup near the start: `<!DOCTYPE html`, `<html`, `<meta`, `<table` (in any case, any ASCII-compatible encoding).
        let head = bytes.prefix(2048)
        for start in head.indices where head[start] == UInt8(ascii: "<") {
            let tag = head[(start + 1)...]
            if markupNames.contains(where: { name in tag.count >= name.count && zip(tag, name).allSatisfy { $0 | 0x20 == $1 } }) {
                return .html
            }
        }
        return .text
    }

    /// What follows `<` at the start of a web page, in lower case (matched by setting the ASCII case bit).
    private static let markupNames = ["!doctype html", "html", "head", "body", "table", "meta"].map { Array($0.utf8) }
}
