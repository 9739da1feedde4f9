import NianbaoCorpus
import NianbaoModel
import NianbaoValidator

/// The state commands work on: the loaded corpus, the settings and where output goes.
public struct Session: Sendable {
    public var corpus = Corpus()
    public var settings: Settings
    /// Called while files are parsed (done, total), to draw a progress bar on a terminal.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// The file that command output is appended to instead of stdout (`output FILE`); nil for stdout.
    public var outputFile: String?
    /// Where parsed reports of loaded folders are kept between sessions; nil to parse every file every time.
    public var cache: ReportCache?
    /// Set when the command running should stop; nil when nothing can interrupt it (batch runs).
    public var cancellation: Cancellation?

    /// Whether the command running was asked to stop.
    var isCancelled: Bool { cancellation?.isCancelled == true }

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// The corpus as the validator compares selections with it, kept with the revision it was built for.
    private var validationContextCache: (revision: Int, context: ValidationContext)?

    /// The loaded corpus as a validation context, built again only after the corpus has changed.
    mutating func validationContext() -> ValidationContext {
        if let cached = validationContextCache, cached.revision == corpus.revision { return cached.context }
        let context = ValidationContext(corpus.reports)
        validationContextCache = (corpus.revision, context)
        return context
    }

    var validator: Validator { Validator(options: ValidationOptions(blankAsZero: settings.blankAsZero)) }

    /// The reports a selector names; an error when it names none.
    func reports(_ selector: Selector) throws(ShellError) -> [Report] {
        guard !corpus.reports.isEmpty else { throw .noReportsLoaded }
        let reports = corpus.select(selector)
        guard !reports.isEmpty else { throw noMatch(selector, otherwise: .noReportsSelected(selector)) }
        return reports
    }

    /// The one report a selector names.
    func report(_ selector: Selector) throws(ShellError) -> Report {
        guard !corpus.reports.isEmpty else { throw .noReportsLoaded }
        do {
            return try corpus.selectOne(selector)
        } catch .noMatch {
            throw noMatch(selector, otherwise: .selection(.noMatch(selector)))
        } catch {
            throw .selection(error)
        }
    }

    /// The error for a selector that names no report, suggesting a close one when there is.
    func noMatch(_ selector: Selector, otherwise error: ShellError) -> ShellError {
        corpus.suggestion(for: selector).map { .noReportMatchesDidYouMean(selector, suggestion: $0) } ?? error
    }
}
