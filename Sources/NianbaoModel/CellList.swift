/// The cells of one table, in template order, kept compactly: eight bytes a cell, and the few cells that do
/// not fit (`12件`, `—`, a number too large) whole beside them.
public struct CellList: RandomAccessCollection, MutableCollection, Sendable, Equatable {
    var stored: [StoredCell]
    /// The cells kept aside, by position, sorted by position; most tables have none or a few.
    var asideCells: [(position: Int32, cell: Cell)]

    public init(_ cells: some Sequence<Cell>) {
        stored = []
        asideCells = []
        for cell in cells { append(cell) }
    }

    public init(repeating cell: Cell, count: Int) {
        self.init(repeatElement(cell, count: count))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }

    public subscript(position: Int) -> Cell {
        get {
            let storedCell = stored[position]
            return storedCell.isAside ? asideCell(at: position) : storedCell.cell
        }
        set {
            let found = asideCells.firstIndex { $0.position >= position } ?? asideCells.endIndex
            let wasAside = found < asideCells.endIndex && asideCells[found].position == position
            if let narrow = StoredCell(newValue) {
                stored[position] = narrow
                if wasAside { asideCells.remove(at: found) }
            } else {
                stored[position] = .aside
                if wasAside { asideCells[found].cell = newValue } else { asideCells.insert((Int32(position), newValue), at: found) }
            }
        }
    }

    /// True when the cell holds a whole number of zero or more, a plain `/`, or nothing because it was not
    /// printed: asked without building the cell, so that a scan for the unusual few stays cheap.
    public func isPlainCount(at position: Int) -> Bool {
        stored[position].isPlainCount
    }

    /// The cell's value (as `Cell.value`), read without building the cell.
    public func value(at position: Int) -> DecimalNumber? {
        let storedCell = stored[position]
        return storedCell.isAside ? asideCell(at: position).value : storedCell.value
    }

    public static func == (lhs: CellList, rhs: CellList) -> Bool {
        lhs.stored == rhs.stored && lhs.asideCells.elementsEqual(rhs.asideCells) { $0 == $1 }
    }

    mutating func append(_ cell: Cell) {
        if let narrow = StoredCell(cell) {
            stored.append(narrow)
        } else {
            asideCells.append((Int32(stored.count), cell))
            stored.append(.aside)
        }
    }

    private func asideCell(at position: Int) -> Cell {
        asideCells.first { $0.position == position }?.cell ?? .missing
    }
}
