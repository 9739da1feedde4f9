import NianbaoCorpus
import NianbaoModel

struct FieldsCommand: Command {
    let name = "fields"
    let synopsis = "fields [TEXT]"
    let summary = "lists the cell keys with their labels and the template versions that have them"
    let example = "fields 不予公开"

    func takesField(after words: [String]) -> Bool { true }

    func run(_ arguments: [String], in session: inout Session) throws(ShellError) -> CommandOutput {
        let filter = arguments.joined()
        let rows: [[TableValue]] = FieldResolver.allKeys.compactMap { key in
            let label = FieldResolver.label(of: key) ?? ""
            guard filter.isEmpty || key.description.contains(filter) || label.contains(filter) else { return nil }
            let versions = TemplateVersion.allCases.filter { TableTemplate.template(key.table, $0).index(of: key) != nil }
            return [.text(key.description), .text(label), .text(versions.count == 2 ? "both" : versions[0].rawValue)]
        }
        let groups = RowGroup.all.filter { filter.isEmpty || $0.label.contains(filter) || $0.key.contains(filter) }
        return CommandOutput([
            .table(DataTable(columns: [DataTable.Column("key"), DataTable.Column("label", maxWidth: 60), DataTable.Column("template")], rows: rows)),
        ] + groups.map { .note("group \($0.key) (\($0.label)): the sum of \($0.rows.joined(separator: ", "))") })
    }
}
