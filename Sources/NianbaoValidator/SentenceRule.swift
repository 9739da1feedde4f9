import NianbaoModel

/// A rule that reads a report's narrative sentence by sentence. The validator splits each report's narrative
/// once for all such rules; alone, a rule splits it itself.
protocol SentenceRule: ReportRule {
    func check(_ report: Report, sentences: [NarrativeSentence], options: ValidationOptions) -> [Finding]
}

extension SentenceRule {
    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        check(report, sentences: NarrativeSentence.sentences(in: report), options: options)
    }
}
