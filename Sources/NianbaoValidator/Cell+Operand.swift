import NianbaoModel

extension Cell {
    /// The cell as a term of a sum: its number, 0 for a blank when blanks are read as 0, or nil when it
    /// holds no number (the check is then not assessable).
    func operand(options: ValidationOptions) -> (value: DecimalNumber, blankReadAsZero: Bool)? {
        if let value { return (value, false) }
        return kind == .blank && options.blankAsZero ? (.zero, true) : nil
    }
}
