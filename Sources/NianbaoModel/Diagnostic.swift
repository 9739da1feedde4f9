/// Something the parser noticed while reading a report: a doubtful cell, a missing table, an unknown row.
public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    /// A stable lower-case code, e.g. `template.missing_row`.
    public var code: String
    public var message: String
    /// The 1-based source line, 0 when it concerns the whole file.
    public var line: Int
    /// The cells it concerns.
    public var cells: [FieldKey]

    public init(severity: Severity, code: String, message: String, line: Int = 0, cells: [FieldKey] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
        self.cells = cells
    }
}
