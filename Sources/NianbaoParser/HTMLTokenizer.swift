/// Cuts a page's UTF-8 bytes into text runs and the tags that shape the text, the way browsers forgive
/// markup: any case, unquoted attributes, unclosed elements, stray `<`. Comments, `<!DOCTYPE>`, Word's
/// `<![if …]>` markers, `<?xml?>`, and the content of `script`, `style` and the like are skipped; the first
/// `<title>`'s text is kept aside. Works in one pass without recursion, whatever the nesting.
struct HTMLTokenizer {
    /// `colspan` above this is read as this (browsers stop at 1000 too).
    static let maximumColumnSpan = 1000
    /// `rowspan` above this is read as this.
    static let maximumRowSpan = 65534

    private let page: UnsafeBufferPointer<UInt8>
    private var tokens: [HTMLToken] = []
    /// The bytes of the first `<title>`'s text.
    private(set) var title: Range<Int>?

    private var countedUpTo = 0
    private var lineAtCounted = 1

    init(_ page: UnsafeBufferPointer<UInt8>) {
        self.page = page
        tokens.reserveCapacity(page.count / 24)
    }

    /// The page's tokens in order.
    mutating func tokenize() -> [HTMLToken] {
        defer { tokens = [] }
        let end = page.count
        var index = 0
        var textStart = 0
        var textLine: Int?
        while index < end {
            guard let open = HTMLScanner.find(page, byte: UInt8(ascii: "<"), from: index, end: end) else { break }
            // Lines are counted forward only: the text's line before the tag's.
            if textLine == nil { textLine = line(at: textStart) }
            guard let (next, token) = markup(at: open) else {
                // A `<` that opens nothing is text.
                index = open + 1
                continue
            }
            if textStart < open { tokens.append(HTMLToken(.text, .other, start: textStart, end: open, line: textLine!)) }
            if let token { tokens.append(token) }
            index = next
            textStart = next
            textLine = nil
        }
        if textStart < end { tokens.append(HTMLToken(.text, .other, start: textStart, end: end, line: textLine ?? line(at: textStart))) }
        return tokens
    }

    /// Reads the markup at `open` (a `<`): the index after it and its token if it is one the reader uses; nil
    /// when the `<` is text.
    private mutating func markup(at open: Int) -> (Int, HTMLToken?)? {
        let end = page.count
        guard open + 1 < end else { return nil }
        let next = page[open + 1]
        if HTMLScanner.isLetter(next) {
            return startTag(at: open)
        }
        if next == UInt8(ascii: "/") {
            guard open + 2 < end else { return nil }
            if page[open + 2] == UInt8(ascii: ">") { return (open + 3, nil) }
            guard HTMLScanner.isLetter(page[open + 2]) else { return (skipBogusComment(from: open + 2), nil) }
            return endTag(at: open)
        }
        if next == UInt8(ascii: "!") {
            if HTMLScanner.hasPrefix(page, at: open, end: end, "<!--") {
                // Never closed: end it at the next `>` rather than lose the rest of the page.
                return (commentEnd(from: open + 4) ?? skipBogusComment(from: open + 4), nil)
            }
            // `<!DOCTYPE html>`, `<![if !supportLists]>`, `<![endif]>`: markers whose content (if any) is text.
            return (skipBogusComment(from: open + 2), nil)
        }
        if next == UInt8(ascii: "?") {
            return (skipBogusComment(from: open + 2), nil)
        }
        return nil
    }

    /// The index after the `-->` closing a comment whose text starts at `start` (`<!-->` closes at once).
    private func commentEnd(from start: Int) -> Int? {
        let end = page.count
        if start < end, page[start] == UInt8(ascii: ">") { return start + 1 }
        if start + 1 < end, page[start] == UInt8(ascii: "-"), page[start + 1] == UInt8(ascii: ">") { return start + 2 }
        return HTMLScanner.find(page, "-->", from: start, end: end).map { $0 + 3 }
    }

    private func skipBogusComment(from start: Int) -> Int {
        (HTMLScanner.find(page, byte: UInt8(ascii: ">"), from: start, end: page.count) ?? page.count - 1) + 1
    }

    /// Reads a tag name from `start`, lower-cased, and returns the tag and the index after the name.
    private func tagName(from start: Int) -> (HTMLTag, Int) {
        let end = page.count
        var index = start
        while index < end, !HTMLScanner.isTagNameEnd(page[index]) { index += 1 }
        let length = index - start
        guard length <= 10 else { return (.other, index) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { name in
            for offset in 0..<length { name[offset] = HTMLScanner.lowercased(page[start + offset]) }
            return (HTMLTag.named(UnsafeBufferPointer(rebasing: name[0..<length])), index)
        }
    }

    private mutating func startTag(at open: Int) -> (Int, HTMLToken?) {
        let end = page.count
        let (tag, nameEnd) = tagName(from: open + 1)
        var token = HTMLToken(.start, tag, start: open, end: open, line: 0)
        let after: Int
        if tag == .cell {
            var columnSpan = 1, rowSpan = 1
            after = HTMLScanner.scanAttributes(page, from: nameEnd, end: end) { name, value in
                guard let value else { return }
                if HTMLScanner.equalsIgnoringCase(page, name, "colspan") {
                    columnSpan = HTMLScanner.integer(page, value) ?? 1
                } else if HTMLScanner.equalsIgnoringCase(page, name, "rowspan") {
                    rowSpan = HTMLScanner.integer(page, value) ?? 1
                }
            }
            token.columnSpan = Int32(min(max(columnSpan, 1), Self.maximumColumnSpan))
            // `rowspan=0` (to the end of the table) is rare enough to read as 1.
            token.rowSpan = Int32(min(max(rowSpan, 1), Self.maximumRowSpan))
        } else {
            after = HTMLScanner.skipAttributes(page, from: nameEnd, end: end)
        }
        switch tag {
        case .other, .meta:
            return (after, nil)
        case .title:
            guard let close = findEndTag(.title, from: after) else { return (after, nil) }
            if title == nil { title = after..<close }
            return (skipEndTag(at: close), nil)
        case let raw where raw.isRawText:
            // A `<script>` never closed hides the rest of the page, as in a browser.
            guard let close = findEndTag(raw, from: after) else { return (end, nil) }
            return (skipEndTag(at: close), nil)
        default:
            token.line = line(at: open)
            return (after, token)
        }
    }

    private mutating func endTag(at open: Int) -> (Int, HTMLToken?) {
        let (tag, nameEnd) = tagName(from: open + 2)
        let after = (HTMLScanner.find(page, byte: UInt8(ascii: ">"), from: nameEnd, end: page.count) ?? page.count - 1) + 1
        switch tag {
        case .other, .meta, .title:
            return (after, nil)
        case .lineBreak:
            // `</br>` breaks a line like `<br>`.
            return (after, HTMLToken(.start, .lineBreak, start: open, end: open, line: line(at: open)))
        case let raw where raw.isRawText:
            return (after, nil)
        default:
            return (after, HTMLToken(.end, tag, start: open, end: open, line: line(at: open)))
        }
    }

    /// The index of the `</name` that closes a raw-text element, any case.
    private func findEndTag(_ tag: HTMLTag, from start: Int) -> Int? {
        let name: StaticString = switch tag {
        case .script: "</script"
        case .style: "</style"
        case .noscript: "</noscript"
        case .template: "</template"
        case .xml: "</xml"
        case .iframe: "</iframe"
        case .textarea: "</textarea"
        case .noembed: "</noembed"
        case .noframes: "</noframes"
        default: "</title"
        }
        let end = page.count
        var index = start
        while let candidate = HTMLScanner.find(page, byte: UInt8(ascii: "<"), from: index, end: end) {
            let after = candidate + name.utf8CodeUnitCount
            if HTMLScanner.hasPrefix(page, at: candidate, end: end, name), after == end || HTMLScanner.isTagNameEnd(page[after]) {
                return candidate
            }
            index = candidate + 1
        }
        return nil
    }

    private func skipEndTag(at close: Int) -> Int {
        (HTMLScanner.find(page, byte: UInt8(ascii: ">"), from: close, end: page.count) ?? page.count - 1) + 1
    }

    /// The 1-based line of a byte, counting LF, CRLF and lone CR as one break each. Offsets must not go back.
    private mutating func line(at offset: Int) -> Int {
        var index = countedUpTo
        var line = lineAtCounted
        while index < offset {
            let byte = page[index]
            if byte == 0x0A || byte == 0x0D && (index + 1 >= page.count || page[index + 1] != 0x0A) { line += 1 }
            index += 1
        }
        countedUpTo = max(countedUpTo, offset)
        lineAtCounted = line
        return line
    }
}
