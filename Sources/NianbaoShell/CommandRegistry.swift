/// Every command, in the order `help` lists them.
enum CommandRegistry {
    static let commands: [any Command] = [
        LoadCommand(), ShowCommand(), SumCommand(), TopCommand(), TrendCommand(), DiffCommand(), CheckCommand(), ListCommand(),
        ExportCommand(), FieldsCommand(), RulesCommand(), SetCommand(), OutputCommand(), HelpCommand(), QuitCommand(),
    ]

    static func command(named name: String) -> (any Command)? {
        name == "exit" ? QuitCommand() : commands.first { $0.name == name }
    }

    static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: commands.map(\.name))
    }
}
