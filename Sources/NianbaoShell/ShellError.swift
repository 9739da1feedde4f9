import NianbaoCorpus

/// Everything that can go wrong running a command; every message lives in the one switch below.
public enum ShellError: Error, Sendable, Equatable {
    case unknownCommand(String, suggestion: String?)
    case usage(command: String, synopsis: String)
    case noReportsLoaded
    case selection(SelectionError)
    case noReportsSelected(Selector)
    case unknownField(String, suggestion: String?)
    case ambiguousField(String, candidates: [String])
    case unknownSetting(String)
    case unknownRule(String, suggestion: String?)
    case invalidValue(setting: String, value: String, allowed: [String])
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)

    public var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "unknown command ‘\(name)’" + (suggestion.map { "; did you mean ‘\($0)’?" } ?? "; type ‘help’ for the list")
        case .usage(let command, let synopsis):
            "usage: \(synopsis)  (see ‘help \(command)’)"
        case .noReportsLoaded:
            "no reports are loaded; use ‘load PATH’"
        case .selection(.noMatch(let selector)):
            "no report matches ‘\(selector)’; ‘list’ shows the loaded reports"
        case .selection(.ambiguous(let selector, let candidates)):
            "‘\(selector)’ matches \(candidates.count) reports; name one of:\n" + candidates.map { "  \($0)" }.joined(separator: "\n")
        case .noReportsSelected(let selector):
            "no report matches ‘\(selector)’"
        case .unknownField(let name, let suggestion):
            "unknown field ‘\(name)’" + (suggestion.map { "; did you mean ‘\($0)’?" } ?? "; ‘fields’ lists them")
        case .ambiguousField(let name, let candidates):
            "‘\(name)’ could be any of \(candidates.count) fields; name one:\n" + candidates.map { "  \($0)" }.joined(separator: "\n")
        case .unknownRule(let id, let suggestion):
            "unknown rule ‘\(id)’" + (suggestion.map { "; did you mean ‘\($0)’?" } ?? "; ‘rules’ lists them")
        case .unknownSetting(let name):
            "unknown setting ‘\(name)’; settings are format and blank-as-zero"
        case .invalidValue(let setting, let value, let allowed):
            "‘\(value)’ is not a value of \(setting); use one of \(allowed.joined(separator: ", "))"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason):
            "cannot read \(path): \(reason)"
        }
    }
}
