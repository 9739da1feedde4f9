struct QuitCommand: Command {
    let name = "quit"
    let synopsis = "quit | exit"
    let summary = "leaves the shell"
    let example = "quit"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        CommandOutput(quits: true)
    }
}
