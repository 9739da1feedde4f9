/// `output FILE`: the output of every following command goes to FILE, which is emptied first (as sqlite3's
/// `.output` does); `output` alone returns to stdout. Errors always go to stderr. For one command, `COMMAND > FILE`
/// replaces FILE with its output in one step and `COMMAND >> FILE` appends to it.
struct OutputCommand: Command {
    let name = "output"
    let synopsis = "output [FILE]    (or COMMAND > FILE, COMMAND >> FILE)"
    let summary = "sends the output of the commands that follow to FILE, emptied first; ‘output’ alone returns to stdout; "
        + "‘COMMAND > FILE’ writes one command's output (>> appends)"
    let example = "output /tmp/nianbao-output.txt"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard arguments.count <= 1 else { throw usage() }
        guard let file = arguments.first else {
            guard let previous = session.outputFile else { return CommandOutput([.note("output already goes to stdout")]) }
            session.outputFile = nil
            return CommandOutput([.note("output goes to stdout again (it went to \(previous))")])
        }
        try OutputFile.replace(file, with: "")
        session.outputFile = file
        return CommandOutput([.note("output goes to \(file) until ‘output’ alone; errors still show here")])
    }
}
