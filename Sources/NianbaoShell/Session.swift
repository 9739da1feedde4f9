import NianbaoCorpus
import NianbaoModel
import NianbaoValidator

/// The state commands work on: the loaded corpus and the settings.
public struct Session: Sendable {
    public var corpus = Corpus()
    public var settings: Settings
    /// Called while files are parsed (done, total), to draw a progress bar on a terminal.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    var validator: Validator { Validator(options: ValidationOptions(blankAsZero: settings.blankAsZero)) }

    /// The reports a selector names; an error when it names none.
    func reports(_ selector: Selector) throws(ShellError) -> [Report] {
        guard !corpus.reports.isEmpty else { throw .noReportsLoaded }
        let reports = corpus.select(selector)
        guard !reports.isEmpty else { throw .noReportsSelected(selector) }
        return reports
    }

    /// The one report a selector names.
    func report(_ selector: Selector) throws(ShellError) -> Report {
        guard !corpus.reports.isEmpty else { throw .noReportsLoaded }
        do {
            return try corpus.selectOne(selector)
        } catch {
            throw .selection(error)
        }
    }
}
