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
    case severalAgencies(Selector, agencies: [String])
    case filter(FilterError)
    case unknownSetting(String, suggestion: String?)
    case unknownRule(String, suggestion: String?)
    case invalidValue(setting: String, value: String, allowed: [String])
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case noReportMatchesDidYouMean(Selector, suggestion: Selector)
    case unknownShowPart(String, suggestion: String)
    case groupIsNotACell(String, rows: [String])
    case cellNotInTemplate(key: String, report: String, table: String, version: String)
    case redirectionWithoutFile
    case interrupted

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
        case .severalAgencies(let selector, let agencies):
            "‘\(selector)’ names \(agencies.count) agencies; a trend follows one, so name one of:\n" + agencies.map { "  \($0)" }.joined(separator: "\n")
        case .filter(.empty):
            "a condition is missing after ‘where’ or ‘and’; write FIELD OP NUMBER (OP one of > >= < <= = !=) or check fails|passes"
        case .filter(.missingOperator(let condition)):
            "‘\(condition)’ has no comparison; write FIELD OP NUMBER with OP one of > >= < <= = !=, e.g. 行政处罚 > 100"
        case .filter(.missingField(let condition)):
            "‘\(condition)’ names no field before its comparison; e.g. 行政处罚 > 100"
        case .filter(.notANumber(let text, let condition)):
            "‘\(text)’ in ‘\(condition)’ is not a number; compare a field with a number, e.g. 行政处罚 > 100"
        case .filter(.unknownField(let name)):
            "unknown field ‘\(name)’; ‘fields’ lists them"
        case .filter(.ambiguousField(let name, let candidates)):
            "‘\(name)’ could be any of \(candidates.count) fields; name one:\n" + candidates.map { "  \($0)" }.joined(separator: "\n")
        case .filter(.unknownCheck(let condition)):
            "‘\(condition)’: write check fails (reports with an error finding) or check passes (reports without one)"
        case .unknownRule(let id, let suggestion):
            "unknown rule ‘\(id)’" + (suggestion.map { "; did you mean ‘\($0)’?" } ?? "; ‘rules’ lists them")
        case .unknownSetting(let name, let suggestion):
            "unknown setting ‘\(name)’" + (suggestion.map { "; did you mean ‘\($0)’?" } ?? "; settings are format, blank-as-zero and timer")
        case .invalidValue(let setting, let value, let allowed):
            "‘\(value)’ is not a value of \(setting); use one of \(allowed.joined(separator: ", "))"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason):
            "cannot read \(path): \(reason)"
        case .noReportMatchesDidYouMean(let selector, let suggestion):
            "no report matches ‘\(selector)’; did you mean ‘\(suggestion)’?"
        case .unknownShowPart(let part, let suggestion):
            "‘\(part)’ is neither a report nor a part of one; did you mean ‘\(suggestion)’?"
        case .groupIsNotACell(let name, let rows):
            "‘\(name)’ is a group of \(rows.count) rows, not one cell; name one of them, e.g. t3.\(rows[0]).total"
        case .cellNotInTemplate(let key, let report, let table, let version):
            "\(report) prints \(table) in template \(version), which has no cell \(key)"
        case .redirectionWithoutFile:
            "‘>’ needs a file name after it: COMMAND > FILE (or >> FILE to append)"
        case .interrupted:
            "interrupted: the command stopped and changed nothing"
        }
    }
}
