struct HelpCommand: Command {
    let name = "help"
    let synopsis = "help [COMMAND]"
    let summary = "the commands, their synopsis and one example each"
    let example = "help sum"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        if let name = arguments.first {
            guard let command = CommandRegistry.command(named: name) else {
                throw .unknownCommand(name, suggestion: CommandRegistry.suggestion(for: name))
            }
            return CommandOutput([.text(command.synopsis), .text("  \(command.summary)"), .text("  example: \(command.example)")])
        }
        let entries = CommandRegistry.commands.map { command in
            "\(command.synopsis)\n    \(command.summary)\n    e.g. \(command.example)"
        }
        return CommandOutput([
            .text(entries.joined(separator: "\n")),
            .text("""
                SELECTOR  a year and/or any fragment of the agency or file name: 2023 拱墅区统计局, 百丈镇, 2020
                FIELD     a key (t2.penalty.decisions), a label or alias (行政处罚, 本年新收) or a group (不予公开); see ‘fields’
                """),
        ])
    }
}
