/// One table of one report: its template and a cell for every key of it.
public struct Table: Sendable {
    /// One of the catalog's templates, which live as long as the program: a table does not count its reference,
    /// since every copy of every report's table would otherwise update one shared count, and the cores would
    /// take turns at it.
    public unowned(unsafe) let template: TableTemplate
    /// One cell per `template.keys`, in the same order.
    public var cells: CellList
    /// The 1-based line of the table's heading, 0 when the table was not found.
    public var line: Int

    public init(template: TableTemplate, cells: [Cell]? = nil, line: Int = 0) {
        self.template = template
        self.cells = cells.map(CellList.init) ?? CellList(repeating: .missing, count: template.keys.count)
        self.line = line
    }

    public init(template: TableTemplate, cells: CellList, line: Int) {
        self.template = template
        self.cells = cells
        self.line = line
    }

    public var isFound: Bool { line > 0 }
    public var version: TemplateVersion { template.version }

    public subscript(key: FieldKey) -> Cell? {
        get { template.index(of: key).map { cells[$0] } }
        set {
            guard let index = template.index(of: key), let newValue else { return }
            cells[index] = newValue
        }
    }
}
