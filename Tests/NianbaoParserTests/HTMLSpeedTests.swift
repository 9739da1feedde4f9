import Foundation
@testable import NianbaoParser
import Testing

/// How fast the web page reader is on a large page. Measure in a release build:
/// `NIANBAO_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --filter HTMLSpeedTests`
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NIANBAO_BENCHMARK"] != nil))
struct HTMLSpeedTests {
    /// The body of a Word page (tables with merged cells, spans around every number) repeated to about 20 MB.
    static func largePage() throws -> [UInt8] {
        let url = HTMLGoldenTests.folder.appendingPathComponent("word-2022-gongshu-stats-utf8.html")
        let page = try #require(String(data: try Data(contentsOf: url), encoding: .utf8))
        let bodyStart = try #require(page.range(of: "<div class=WordSection1")).lowerBound
        let bodyEnd = try #require(page.range(of: "</body>")).lowerBound
        let body = page[bodyStart..<bodyEnd]
        let copies = 20_000_000 / body.utf8.count + 1
        return Array((page[..<bodyStart] + String(repeating: String(body), count: copies) + page[bodyEnd...]).utf8)
    }

    @Test(arguments: ["utf-8", "gb18030"])
    func readsALargePageFast(_ encoding: String) throws {
        var bytes = try Self.largePage()
        if encoding == "gb18030" {
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "charset=utf-8", with: "charset=gb2312")
            bytes = [UInt8](try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632))))
        }
        let megabytes = Double(bytes.count) / 1_048_576
        var best = Double.infinity
        var lineCount = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            let document = try HTMLDocument.read(bytes, source: "large.html")
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            lineCount = document.lines.count
        }
        print(String(format: "HTMLDocument.read, %@: %.1f MB, %d lines, best of 5 %.3f s, %.0f MB/s", encoding, megabytes, lineCount, best, megabytes / best))
        #expect(lineCount > 0)
    }

    /// Where the time goes: decoding, tokenizing, telling tables apart, building lines.
    @Test func stages() throws {
        let bytes = try Self.largePage()
        let megabytes = Double(bytes.count) / 1_048_576
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        let clock = ContinuousClock()
        var page: [UInt8] = []
        let decoding = clock.measure { page = HTMLCharset.utf8Bytes(bytes) }
        page.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(buffer)
            var tokens: [HTMLToken] = []
            let tokenizing = clock.measure { tokens = tokenizer.tokenize() }
            let classifying = clock.measure { HTMLTableClassifier.markDataTables(&tokens) }
            var builder = HTMLLineBuilder(page: buffer)
            let building = clock.measure { builder.read(tokens) }
            for (stage, duration) in [("decode", decoding), ("tokenize", tokenizing), ("classify", classifying), ("build", building)] {
                print(String(format: "%@: %.3f s (%.0f MB/s)", stage, seconds(duration), megabytes / seconds(duration)))
            }
            print("\(tokens.count) tokens")
        }
    }
}
