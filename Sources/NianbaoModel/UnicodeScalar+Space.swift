extension Unicode.Scalar {
    /// White space of any kind (ASCII, NBSP, the ideographic space), answered without a property lookup
    /// for ASCII: text is read scalar by scalar, and the lookup is slow.
    public var isSpace: Bool {
        value < 0x80 ? self == " " || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
