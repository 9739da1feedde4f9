import NianbaoModel
import NianbaoParser

extension Report {
    /// The narrative as printed: the one in memory when it is whole, else the file's, read again.
    /// - Throws: `ReportFileError` when the file cannot be read or has changed since the report was read from it
    ///   (its text would no longer be this report's).
    public func wholeNarrative() throws -> [NarrativeSection] {
        guard narrativeIsAbridged else { return narrative }
        let reread = try ReportParser.parse(fileAt: source)
        guard reread.sourceFingerprint == sourceFingerprint else {
            throw ReportFileError(path: source, reason: "it has changed since it was loaded; load it again to read its text")
        }
        return reread.narrative
    }
}
