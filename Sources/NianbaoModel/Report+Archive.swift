extension Report {
    /// The report in the compact binary form a cache of parsed reports keeps; `init(unarchiving:source:)` reads it.
    /// The source path is not kept: whoever archives reports knows which file each came from.
    public func archive(into writer: inout ArchiveWriter) {
        writer.write(title)
        writer.write(Int64(year ?? 0))
        writer.write(agency)
        writer.write(sourceFingerprint ?? 0)
        for table in tables {
            writer.write(table.version.rawValue)
            writer.write(table.line)
            table.cells.archive(into: &writer)
        }
        writer.write(narrativeIsAbridged ? 1 as UInt8 : 0)
        writer.write(narrative.count)
        for section in narrative {
            writer.write(section.heading)
            writer.write(section.body)
            writer.write(section.line)
        }
        writer.write(unknownRows.count)
        for row in unknownRows {
            writer.write(row.table.rawValue)
            writer.write(row.label)
            writer.write(row.values.count)
            for value in row.values { writer.write(value) }
            writer.write(row.line)
        }
        writer.write(diagnostics.count)
        for diagnostic in diagnostics {
            writer.write(diagnostic.severity.rawValue)
            writer.write(diagnostic.code)
            writer.write(diagnostic.message)
            writer.write(diagnostic.line)
            writer.write(diagnostic.cells.count)
            for key in diagnostic.cells { writer.write(key.description) }
        }
    }

    /// Reads a report archived by `archive(into:)`; throws when the bytes are damaged or were written for a
    /// different catalog of templates.
    public init(unarchiving reader: inout ArchiveReader, source: String) throws(ArchiveReader.Damaged) {
        // Every property set here, rather than a default report filled in: its empty tables would be thrown away.
        self.source = source
        title = try reader.readString()
        let printedYear = try reader.readInt()
        year = printedYear == 0 ? nil : printedYear
        agency = try reader.readOptionalString()
        let fingerprint = try reader.readUInt64()
        sourceFingerprint = fingerprint == 0 ? nil : fingerprint
        func readTable(_ table: TableID) throws(ArchiveReader.Damaged) -> Table {
            let template = TableTemplate.template(table, try Self.read(TemplateVersion.self, &reader))
            let line = try reader.readInt()
            let cells = try CellList(unarchiving: &reader)
            guard cells.count == template.keys.count else { throw ArchiveReader.Damaged() }
            return Table(template: template, cells: cells, line: line)
        }
        table2 = try readTable(.t2)
        table3 = try readTable(.t3)
        table4 = try readTable(.t4)
        narrative = []
        unknownRows = []
        diagnostics = []
        narrativeIsAbridged = try reader.readByte() == 1
        for _ in 0..<(try reader.readCount()) {
            narrative.append(NarrativeSection(heading: try reader.readString(), body: try reader.readString(), line: try reader.readInt()))
        }
        for _ in 0..<(try reader.readCount()) {
            let table = try Self.read(TableID.self, &reader)
            let label = try reader.readString()
            var values: [String] = []
            for _ in 0..<(try reader.readCount()) { values.append(try reader.readString()) }
            unknownRows.append(UnknownRow(table: table, label: label, values: values, line: try reader.readInt()))
        }
        for _ in 0..<(try reader.readCount()) {
            let severity = try Self.read(Severity.self, &reader)
            let code = try reader.readString()
            let message = try reader.readString()
            let line = try reader.readInt()
            var cells: [FieldKey] = []
            for _ in 0..<(try reader.readCount()) {
                guard let key = FieldKey(try reader.readString()) else { throw ArchiveReader.Damaged() }
                cells.append(key)
            }
            diagnostics.append(Diagnostic(severity: severity, code: code, message: message, line: line, cells: cells))
        }
    }

    private static func read<Value: RawRepresentable<String>>(_ type: Value.Type, _ reader: inout ArchiveReader) throws(ArchiveReader.Damaged) -> Value {
        guard let value = Value(rawValue: try reader.readString()) else { throw ArchiveReader.Damaged() }
        return value
    }
}
