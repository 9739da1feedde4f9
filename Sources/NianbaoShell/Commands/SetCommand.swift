struct SetCommand: Command {
    let name = "set"
    let synopsis = "set format table|csv|json|markdown | set blank-as-zero on|off | set timer on|off"
    let summary = "changes how results are written, re-runs arithmetic with blanks read as 0, or times each command"
    let example = "set format markdown"
    let keywords = ["format", "blank-as-zero", "timer", "on", "off"] + OutputFormat.allCases.map(\.rawValue)

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard arguments.count == 2 else {
            guard arguments.isEmpty else { throw usage() }
            return CommandOutput([.text("format \(session.settings.format.rawValue)"),
                                  .text("blank-as-zero \(session.settings.blankAsZero ? "on" : "off")"),
                                  .text("timer \(session.settings.timer ? "on" : "off")")])
        }
        let value = arguments[1]
        switch arguments[0] {
        case "format":
            guard let format = OutputFormat(rawValue: value) else {
                throw .invalidValue(setting: "format", value: value, allowed: OutputFormat.allCases.map(\.rawValue))
            }
            session.settings.format = format
        case "blank-as-zero":
            session.settings.blankAsZero = try Self.onOff(value, setting: "blank-as-zero")
        case "timer":
            session.settings.timer = try Self.onOff(value, setting: "timer")
        default:
            throw .unknownSetting(arguments[0], suggestion: Suggestion.closest(to: arguments[0], among: ["format", "blank-as-zero", "timer"]))
        }
        // A note, so that a script switching to CSV or JSON output keeps its output machine-readable.
        return CommandOutput([.note("\(arguments[0]) \(value)")])
    }

    private static func onOff(_ value: String, setting: String) throws(ShellError) -> Bool {
        guard value == "on" || value == "off" else { throw .invalidValue(setting: setting, value: value, allowed: ["on", "off"]) }
        return value == "on"
    }
}
