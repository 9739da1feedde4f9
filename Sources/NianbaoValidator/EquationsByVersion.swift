import NianbaoModel

/// A rule's equations for each version of its table, built once: every report of a version checks the same.
struct EquationsByVersion: Sendable {
    private let byVersion: [TemplateVersion: [Equation]]

    init(_ table: TableID, _ equations: (TableTemplate) -> [Equation]) {
        byVersion = Dictionary(uniqueKeysWithValues: TemplateVersion.allCases.map { version in
            (version, equations(TableTemplate.template(table, version)))
        })
    }

    subscript(version: TemplateVersion) -> [Equation] { byVersion[version, default: []] }
}
