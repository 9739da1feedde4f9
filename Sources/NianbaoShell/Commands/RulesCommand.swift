import NianbaoValidator

struct RulesCommand: Command {
    let name = "rules"
    let synopsis = "rules"
    let summary = "the validator's rules: id, severity and what each checks"
    let example = "rules"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        CommandOutput([.table(DataTable(
            columns: [DataTable.Column("id"), DataTable.Column("severity"), DataTable.Column("summary")],
            rows: Validator.rules.map { [.text($0.description.id), .text($0.description.severity.rawValue), .text($0.description.summary)] }))])
    }
}
