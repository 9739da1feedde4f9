import Foundation

/// A folder of reports mixed with files that fight back (binary files, a file over the size limit, a zip bomb,
/// a pipe, a dangling link, a symlink loop), with the reason `load` must give for each bad one. A page nested
/// 100,000 deep and a Word file nested 20,000 deep are among the good files: deep nesting is read, not refused.
public final class BadFileFolder: Sendable {
    public let url: URL
    /// The names of the good files, which must all load.
    public let goodFiles: [String]
    /// For each bad file, words its `not loaded` line must hold.
    public let expectedReasons: [String: String]

    public init() throws {
        let manager = FileManager.default
        url = manager.temporaryDirectory.appendingPathComponent("nianbao-bad-files-\(UUID().uuidString)")
        try manager.createDirectory(at: url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let seeds = Repository.seedReports
        // Deep nesting is read, not refused: neither reader recurses.
        goodFiles = ["good-1.txt", "sub/good-2.txt", "deep.html", "sub/nested.docx"]
        try manager.copyItem(at: seeds[0], to: url.appendingPathComponent("good-1.txt"))
        try manager.copyItem(at: seeds[1], to: url.appendingPathComponent("sub/good-2.txt"))
        // A page whose report sits under 100,000 unclosed elements, with 50,000 closed ones after it: read, not refused.
        let page = try String(contentsOf: Repository.root.appendingPathComponent("Tests/NianbaoParserTests/Fixtures/HTML/site-003-utf8.html"), encoding: .utf8)
        // Inserted before the page's first `<div`, on the same line, so the report's line numbers stay as they were.
        var deep = page
        if let firstDivision = page.range(of: "<div") {
            deep.insert(contentsOf: String(repeating: "<div>", count: 100_000), at: firstDivision.lowerBound)
        }
        deep += String(repeating: "<b><i>", count: 50_000) + String(repeating: "</i></b>", count: 50_000)
        try Data(deep.utf8).write(to: url.appendingPathComponent("deep.html"))

        try Data("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8).write(to: url.appendingPathComponent("scanned.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)).write(to: url.appendingPathComponent("photo.html"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: url.appendingPathComponent("old.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)).write(to: url.appendingPathComponent("sub/program.md"))
        // Sparse: 51 MB long without taking the disk space.
        manager.createFile(atPath: url.appendingPathComponent("huge.txt").path, contents: nil)
        let huge = try FileHandle(forWritingTo: url.appendingPathComponent("huge.txt"))
        try huge.truncate(atOffset: 51 * 1_048_576)
        try huge.close()
        let badFiles = Repository.root.appendingPathComponent("Tests/Fixtures/BadFiles")
        try manager.copyItem(at: badFiles.appendingPathComponent("zip-bomb.docx"), to: url.appendingPathComponent("zip-bomb.docx"))
        try manager.copyItem(at: badFiles.appendingPathComponent("nested.docx"), to: url.appendingPathComponent("sub/nested.docx"))
        try manager.createSymbolicLink(atPath: url.appendingPathComponent("sub/loop").path, withDestinationPath: url.path)
        try manager.createSymbolicLink(atPath: url.appendingPathComponent("dangling.txt").path, withDestinationPath: url.appendingPathComponent("gone.txt").path)
        // A pipe nobody writes to: reading it would wait for ever.
        guard mkfifo(url.appendingPathComponent("pipe.txt").path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }

        expectedReasons = [
            "scanned.txt": "it is a binary file (looks like a PDF), not a report",
            "photo.html": "it is a binary file (looks like a PNG image), not a report",
            "old.txt": "it is a binary file (looks like an old Word or Excel file (.doc, .xls)), not a report: save it as .docx",
            "sub/program.md": "it is a binary file (looks like an ELF program), not a report",
            "huge.txt": "it is 51 MB, more than the 50 MB a report can be",
            "zip-bomb.docx": "its word/document.xml would inflate to 200 MB, more than the 64 MB a report can be",
            "dangling.txt": "cannot read it (No such file or directory)",
            "pipe.txt": "it is not a regular file (a device, pipe or socket), so not a report",
        ]
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
