import Glibc

/// Makes the C library's character type locale UTF-8, which libedit needs to read and show Chinese.
public enum TerminalLocale {
    /// Takes the locale from the environment and falls back to a UTF-8 one when its codeset is not UTF-8.
    ///
    /// Without a UTF-8 locale libedit drops Chinese input and can crash on a history file holding Chinese.
    /// Calling it again does nothing once the locale is UTF-8.
    /// - Returns: Whether the locale is now UTF-8.
    @discardableResult
    public static func prepare() -> Bool {
        if isUTF8 { return true }
        for name in ["", "C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil && isUTF8 { return true }
        }
        return false
    }

    /// Whether the current character type locale uses UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" && $0 != "_" }
        return name == "UTF8"
    }
}
