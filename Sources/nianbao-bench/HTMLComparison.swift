import Foundation
import NianbaoCorpus
import NianbaoParser

/// The same web pages read by nianbao (one core, then all cores) and by pandas.read_html.
struct HTMLComparison {
    /// Seconds for ReportParser over every page in turn, on one core, reading each file from disk.
    let oneCoreSeconds: Double
    /// Tables nianbao found (three per page when every page reads).
    let tablesFound: Int
    /// Seconds for Corpus.load over the folder with all cores.
    let allCoresSeconds: Double
    let loaded: Int
    /// pandas' reading, or why there is none.
    let pandas: Result<PandasReader.Reading, SkipReason>

    static func measure(_ corpus: BenchCorpus, pandas reader: PandasReader) -> HTMLComparison {
        var tablesFound = 0
        let oneCore = Timing.seconds {
            for file in corpus.files {
                guard let report = try? ReportParser.parse(fileAt: file) else { continue }
                tablesFound += report.tables.filter(\.isFound).count
            }
        }
        var loading = Corpus()
        let (summary, allCores) = Timing.measure { loading.load([corpus.folder]) }
        loading = Corpus()
        let pandas = reader.read(corpus.folder)
        return HTMLComparison(oneCoreSeconds: oneCore, tablesFound: tablesFound, allCoresSeconds: allCores,
                              loaded: summary.loaded, pandas: pandas)
    }
}
