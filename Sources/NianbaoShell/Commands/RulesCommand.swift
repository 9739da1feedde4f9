import NianbaoValidator

struct RulesCommand: Command {
    let name = "rules"
    let synopsis = "rules [ID]"
    let summary = "the validator's rules: id, severity and what each checks; with an id, the rule's examples too"
    let example = "rules t3.balance"

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        guard let id = arguments.first else {
            return CommandOutput([.table(DataTable(
                columns: [DataTable.Column("id"), DataTable.Column("severity"), DataTable.Column("summary")],
                rows: Validator.rules.map { [.text($0.description.id), .text($0.description.severity.rawValue), .text($0.description.summary)] }))])
        }
        guard let rule = Validator.rule(id) else {
            throw .unknownRule(id, suggestion: Suggestion.closest(to: id, among: Validator.rules.map(\.description.id)))
        }
        let description = rule.description
        return CommandOutput([
            .text("\(description.id)  \(description.name) (\(description.severity.rawValue))"),
            .text("  \(description.summary)"),
            .table(DataTable(title: "examples (every cell 0 unless given)",
                             columns: [DataTable.Column("example"), DataTable.Column("result")],
                             rows: description.examples.map { [.text($0.setup), .text($0.expectation.description)] })),
        ])
    }
}
