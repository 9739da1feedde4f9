import CLibedit

extension LineEditor {
    /// Handles Tab: asks the completer about the line before the cursor and edits or lists accordingly.
    func completeWordBeforeCursor() -> UInt8 {
        guard let line = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        // el_line gives UTF-8 bytes; decode the whole prefix so a word never starts inside a character.
        let textBeforeCursor = String(
            decoding: UnsafeRawBufferPointer(start: line.buffer, count: line.cursor - line.buffer),
            as: UTF8.self)
        let completion = Completion(textBeforeCursor: textBeforeCursor, candidates: completer(textBeforeCursor))

        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            replaceWord(completion.word, with: completion.uniqueReplacement)
            return UInt8(CC_REFRESH)
        default:
            if let prefix = completion.sharedReplacement {
                replaceWord(completion.word, with: prefix)
            }
            let width = Int(clibedit_columns(editor))
            clibedit_print(editor, "\n" + completion.listing(terminalWidth: width > 0 ? width : 80))
            // Redraws the prompt and the line below the list.
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Replaces `word`, which ends at the cursor, keeping what already matches.
    private func replaceWord(_ word: String, with replacement: String) {
        if replacement.hasPrefix(word) {
            el_insertstr(editor, String(replacement.dropFirst(word.count)))
        } else {
            // libedit counts wide characters, which are Unicode scalars in a UTF-8 locale.
            el_deletestr(editor, Int32(word.unicodeScalars.count))
            el_insertstr(editor, replacement)
        }
    }
}
