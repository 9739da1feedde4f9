import NianbaoModel

/// Turns what a user types into a field: a key (`t2.penalty.decisions`), a row key (`t3.new`), a printed
/// label or alias (`行政处罚`, `本年新收`, `予以公开`), or a group (`不予公开`, `denied`).
public enum FieldResolver {
    /// The field a word names, or nil with no such field.
    public static func resolve(_ text: String) -> Field? {
        if let key = FieldKey(text), let label = label(of: key) { return Field(target: .cell(key), label: label) }
        let parts = text.split(separator: ".").map(String.init)
        if parts.count == 2, let table = TableID(rawValue: parts[0]) {
            if table == .t3, let group = RowGroup.all.first(where: { $0.key == parts[1] }) {
                return Field(target: .group(group, column: "total"), label: group.label)
            }
            if let row = rowTemplates(table).first(where: { $0.key == parts[1] }) {
                return Field(target: .cell(FieldKey(table, row.key, row.primaryColumn)), label: row.label)
            }
        }
        if let group = RowGroup.all.first(where: { $0.key == text || $0.label == text }) {
            return Field(target: .group(group, column: "total"), label: group.label)
        }
        let core = LabelText.core(text)
        guard !core.isEmpty else { return nil }
        if let exact = labelEntries.first(where: { $0.core == core }) {
            return Field(target: .cell(exact.key), label: exact.label)
        }
        let loose = partialMatches(text)
        return loose.count == 1 ? loose[0] : nil
    }

    /// The fields whose label contains what was typed (`处罚` → 行政处罚); several mean the text is ambiguous.
    public static func partialMatches(_ text: String) -> [Field] {
        let core = LabelText.core(text)
        guard !core.isEmpty else { return [] }
        var seen: Set<FieldKey> = []
        return labelEntries.filter { $0.core.contains(core) && seen.insert($0.key).inserted }
            .map { Field(target: .cell($0.key), label: $0.label) }
    }

    /// Every label a user may type, with the field it names; for completion and `fields`.
    public static let labelEntries: [(core: String, key: FieldKey, label: String)] = TableID.allCases.flatMap { table in
        rowTemplates(table).flatMap { row in
            ([row.label] + row.aliases).map { label in
                (LabelText.core(label), FieldKey(table, row.key, row.primaryColumn), row.label)
            }
        }
    }

    /// The printed label of a key in whichever version has it.
    public static func label(of key: FieldKey) -> String? {
        TemplateVersion.allCases.lazy.compactMap { version -> String? in
            let template = TableTemplate.template(key.table, version)
            return template.index(of: key) == nil ? nil : template.displayLabel(of: key)
        }.first
    }

    /// Every key of either version, in template order, without repeats.
    public static let allKeys: [FieldKey] = TableID.allCases.flatMap { table in
        var seen: Set<FieldKey> = []
        return TemplateVersion.allCases.flatMap { TableTemplate.template(table, $0).keys }.filter { seen.insert($0).inserted }
    }

    /// Rows of both versions of a table, the newer version first, without repeats.
    private static func rowTemplates(_ table: TableID) -> [RowTemplate] {
        var seen: Set<String> = []
        return TemplateVersion.allCases.reversed().flatMap { TableTemplate.template(table, $0).rows }.filter { seen.insert($0.key).inserted }
    }
}
