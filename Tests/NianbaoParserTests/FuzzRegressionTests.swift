import Foundation
@_spi(Fuzzing) import NianbaoParser
import Testing

/// Every input the fuzzer ever found a problem with (`Fixtures/Fuzz/TARGET-….bin`), run again through the entry
/// point that broke on it: it must now be read, or refused with a reason, without a crash or a hang.
@Suite struct FuzzRegressionTests {
    static let folder = Fixtures.folder.appendingPathComponent("Fuzz")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".bin") }.sorted()
    }

    @Test func everyInputNamesItsTarget() {
        let targets = ["text", "html", "docx", "encoding", "file"]
        for name in Self.inputs {
            #expect(targets.contains(String(name.prefix { $0 != "-" })), "\(name)")
        }
    }

    @Test(.timeLimit(.minutes(2)), arguments: inputs)
    func inputIsReadWithoutCrashing(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        switch name.prefix(while: { $0 != "-" }) {
        case "text":
            _ = ParserEntryPoints.parseText(bytes)
        case "html":
            _ = ParserEntryPoints.parseHTML(bytes)
        case "docx":
            _ = ParserEntryPoints.parseDocx(bytes)
        case "encoding":
            let detected = ParserEntryPoints.detectEncoding(bytes)
            #expect(String(validating: detected.pageUTF8, as: UTF8.self) != nil)
        default:
            do {
                _ = try ReportParser.parse(bytes: bytes, source: name)
            } catch {
                #expect(!error.reason.isEmpty)
            }
        }
    }
}
