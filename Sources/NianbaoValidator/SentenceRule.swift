import NianbaoModel

/// A rule that reads a report's narrative sentence by sentence, and only the sentences that hold one of its
/// words. The validator splits each report's narrative once for all such rules; alone, a rule splits it itself.
protocol SentenceRule: ReportRule {
    /// A sentence without one of these words says nothing the rule reads. Folding leaves them as they are
    /// (no digits or punctuation), so a line of the file that does not hold one holds no sentence the rule reads.
    var sentenceWords: [[Unicode.Scalar]] { get }

    /// The findings in the sentences that hold one of `sentenceWords`.
    func check(_ report: Report, sentences: [NarrativeSentence], options: ValidationOptions) -> [Finding]
}

extension SentenceRule {
    func check(_ report: Report, options: ValidationOptions) -> [Finding] {
        check(report, sentences: NarrativeSentence.sentences(in: report).filter(reads), options: options)
    }

    func reads(_ sentence: NarrativeSentence) -> Bool {
        sentence.containsAny(sentenceWords, in: 0..<sentence.count)
    }
}
