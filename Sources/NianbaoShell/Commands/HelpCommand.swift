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
        return CommandOutput([
            .table(DataTable(columns: [DataTable.Column("command"), DataTable.Column("what it does"), DataTable.Column("example")],
                             rows: CommandRegistry.commands.map { [.text($0.synopsis), .text($0.summary), .text($0.example)] })),
            .note("SELECTOR: a year and/or any fragment of the agency name (2023 拱墅区统计局); FIELD: a key (t2.penalty.decisions), a label (行政处罚) or a group (不予公开)"),
        ])
    }
}
