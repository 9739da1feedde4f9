struct SetCommand: Command {
    let name = "set"
    let synopsis = "set format table|csv|json|markdown | set blank-as-zero on|off"
    let summary = "changes how results are written, or re-runs arithmetic with blanks read as 0"
    let example = "set format markdown"
    let keywords = ["format", "blank-as-zero", "on", "off"] + OutputFormat.allCases.map(\.rawValue)

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard arguments.count == 2 else {
            guard arguments.isEmpty else { throw usage() }
            return CommandOutput([.text("format \(session.settings.format.rawValue)"),
                                  .text("blank-as-zero \(session.settings.blankAsZero ? "on" : "off")")])
        }
        let value = arguments[1]
        switch arguments[0] {
        case "format":
            guard let format = OutputFormat(rawValue: value) else {
                throw .invalidValue(setting: "format", value: value, allowed: OutputFormat.allCases.map(\.rawValue))
            }
            session.settings.format = format
        case "blank-as-zero":
            guard value == "on" || value == "off" else { throw .invalidValue(setting: "blank-as-zero", value: value, allowed: ["on", "off"]) }
            session.settings.blankAsZero = value == "on"
        default:
            throw .unknownSetting(arguments[0])
        }
        return CommandOutput()
    }
}
