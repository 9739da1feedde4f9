import Foundation
import NianbaoTestSupport
@testable import NianbaoParser
import Testing

/// Web pages in the encodings reports come in, declared or not, and pages whose declaration is wrong.
@Suite struct HTMLCharsetTests {
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    private static let big5 = String.Encoding(rawValue: 0x8000_0A03)
    private static let body = "<body><p>杭州市拱墅区统计局2023年度政府信息公开工作年度报告</p><p>“三安全一稳定”</p></body>"
    private static let expected = ["杭州市拱墅区统计局2023年度政府信息公开工作年度报告", "“三安全一稳定”"]

    private func lines(_ bytes: [UInt8]) throws -> [String] {
        try HTMLDocument.read(bytes, source: "page.html").lines.map { String($0.text) }
    }

    private func encoded(_ text: String, _ encoding: String.Encoding) throws -> [UInt8] {
        [UInt8](try #require(text.data(using: encoding)))
    }

    @Test(arguments: [
        "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=GBK\" />",
        "<META CHARSET=gb18030>",
        "<meta charset='x-gbk'>",
        "",
    ])
    func gbBytesDeclaredOrNot(_ meta: String) throws {
        let page = "<html><head>\(meta)<title>年报</title></head>\(Self.body)</html>"
        let bytes = try encoded(page, Self.gb18030)
        #expect(String(bytes: bytes, encoding: .utf8) == nil, "the bytes are not UTF-8")
        #expect(try lines(bytes) == Self.expected)
        #expect(try HTMLDocument.read(bytes, source: "page.html").pageTitle == "年报")
    }

    @Test func declaredCharsetIsFound() {
        func declared(_ head: String) -> HTMLCharset.Declared? { HTMLCharset.declaredCharset(in: Array(head.utf8)) }
        #expect(declared("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">") == .gb18030)
        #expect(declared("<!-- <meta charset=big5> --><meta charset=\"UTF-8\">") == .utf8)
        #expect(declared("<?xml version=\"1.0\" encoding=\"GBK\"?><html>") == .gb18030)
        #expect(declared("<meta content='text/html; charset = big5' http-equiv='content-type'>") == .big5)
        #expect(declared("<meta charset=windows-1252>") == .other("windows-1252"))
        #expect(declared("<meta name=keywords content=\"charset\"><metadata charset=gbk>") == nil)
        #expect(declared("<p>no declaration</p>") == nil)
    }

    @Test func utf8PageDeclaringGB2312IsReadAsUTF8() throws {
        let page = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head>\(Self.body)</html>"
        #expect(try lines(Array(page.utf8)) == Self.expected)
    }

    @Test func utf8WithBOM() throws {
        let page = "<html><head><meta charset=utf-8></head>\(Self.body)</html>"
        #expect(try lines([0xEF, 0xBB, 0xBF] + Array(page.utf8)) == Self.expected)
    }

    @Test func utf8WithAStrayByteKeepsTheRest() throws {
        let page = "<html><head><meta charset=utf-8></head>\(Self.body)</html>"
        var bytes = Array(page.utf8)
        let paragraphEnd = try #require(page.range(of: "</p>"))
        bytes.insert(0xFF, at: page.utf8.distance(from: page.startIndex, to: paragraphEnd.upperBound))
        let read = try lines(bytes)
        #expect(read.first == Self.expected[0])
        #expect(read.last?.contains("三安全一稳定") == true)
    }

    @Test func gbPageWithABrokenByteKeepsTheRest() throws {
        let page = "<html><head><meta charset=gb2312></head>\(Self.body)</html>"
        var bytes = try encoded(page, Self.gb18030)
        bytes.insert(0xFF, at: bytes.count - 20)
        #expect(String(data: Data(bytes), encoding: Self.gb18030) == nil, "Foundation alone gives up")
        let read = try lines(bytes)
        #expect(read.first == Self.expected[0])
    }

    @Test func iconvReadsGB18030AsFoundationDoes() throws {
        for seed in Repository.seedReports {
            let text = try String(contentsOf: seed, encoding: .utf8) + "€·—“”…\u{E5E5}𠀀"
            let bytes = try encoded(text, Self.gb18030)
            #expect(HTMLCharset.convert(bytes, from: "GB18030", lossy: false) == Array(text.utf8), "\(seed.lastPathComponent)")
        }
    }

    @Test func lossyConversionMarksOnlyTheBrokenBytes() {
        let bytes: [UInt8] = [0xD6, 0xD0, 0xFF, 0x41, 0xB9, 0xFA, 0x81]
        #expect(HTMLCharset.convert(bytes, from: "GB18030", lossy: false) == nil)
        #expect(HTMLCharset.convert(bytes, from: "GB18030", lossy: true).map { String(decoding: $0, as: UTF8.self) } == "中\u{FFFD}A国\u{FFFD}")
    }

    @Test func big5Declared() throws {
        let page = "<html><head><meta charset=big5></head><body><p>政府資訊公開年度報告</p></body></html>"
        #expect(try lines(try encoded(page, Self.big5)) == ["政府資訊公開年度報告"])
    }

    @Test func gbReportThroughTheParser() throws {
        let page = "<html><head><title>杭州市测试局2023年度政府信息公开工作年度报告</title></head><body><h1>首页</h1></body></html>"
        let report = try ReportParser.parse(bytes: try encoded(page, Self.gb18030), source: "gb.html")
        #expect(report.year == 2023)
        #expect(report.agency == "杭州市测试局")
    }
}
