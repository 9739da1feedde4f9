import Foundation

/// The character encoding a generated report's bytes are written in.
public enum ReportEncoding: String, Sendable, CaseIterable, Codable {
    case utf8
    /// The national standard most older Chinese files use (GB2312 and GBK are its subsets).
    case gb18030

    /// The name a web page declares in its `<meta charset>`.
    public var charset: String {
        switch self {
        case .utf8: "utf-8"
        case .gb18030: "gb18030"
        }
    }

    /// The text as bytes in this encoding.
    public func bytes(_ text: String) -> [UInt8] {
        switch self {
        case .utf8:
            return Array(text.utf8)
        case .gb18030:
            // Foundation on Linux has no named constant for GB18030; this is CoreFoundation's number for it.
            // Every character the generator prints is in GB18030, so the conversion cannot fail.
            return [UInt8](text.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        }
    }
}
