/// The cells of one table, in template order, kept compactly: sixteen bytes a cell, and the printed text of
/// the few cells that print more than their value (`12件`, `—`) aside.
public struct CellList: RandomAccessCollection, MutableCollection, Sendable, Equatable {
    var stored: [StoredCell]
    /// The unusual texts by cell position, sorted by position; most tables have none.
    var unusualTexts: [(position: Int32, text: String)]

    public init(_ cells: some Sequence<Cell>) {
        stored = []
        unusualTexts = []
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
            return storedCell.cell(unusualText: storedCell.hasUnusualText ? unusualText(at: position) : nil)
        }
        set {
            stored[position] = StoredCell(newValue)
            let found = unusualTexts.firstIndex { $0.position >= position }
            if let found, unusualTexts[found].position == position {
                if let text = newValue.unusualText { unusualTexts[found].text = text } else { unusualTexts.remove(at: found) }
            } else if let text = newValue.unusualText {
                unusualTexts.insert((Int32(position), text), at: found ?? unusualTexts.endIndex)
            }
        }
    }

    public static func == (lhs: CellList, rhs: CellList) -> Bool {
        lhs.stored == rhs.stored && lhs.unusualTexts.elementsEqual(rhs.unusualTexts) { $0 == $1 }
    }

    private mutating func append(_ cell: Cell) {
        if let text = cell.unusualText { unusualTexts.append((Int32(stored.count), text)) }
        stored.append(StoredCell(cell))
    }

    private func unusualText(at position: Int) -> String? {
        unusualTexts.first { $0.position == position }?.text
    }
}
