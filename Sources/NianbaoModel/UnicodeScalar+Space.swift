extension Unicode.Scalar {
    /// White space of any kind (ASCII, NBSP, the ideographic space): Unicode's White_Space property, spelled
    /// out because text is read scalar by scalar and the property lookup is slow.
    public var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
