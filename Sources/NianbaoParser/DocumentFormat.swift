/// The file formats reports come in, told from their first bytes rather than their names.
enum DocumentFormat {
    case text
    case html
    case docx

    static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        // Markup near the start: `<!DOCTYPE html`, `<html`, `<meta`, `<table` (in any case, any ASCII-compatible encoding).
        let head = String(decoding: bytes.prefix(2048).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        if ["<!doctype html", "<html", "<head", "<body", "<table", "<meta"].contains(where: head.contains) { return .html }
        return .text
    }
}
