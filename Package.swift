// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "nianbao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nianbao", targets: ["nianbao"]),
        .library(name: "NianbaoModel", targets: ["NianbaoModel"]),
        .library(name: "NianbaoParser", targets: ["NianbaoParser"]),
        .library(name: "NianbaoValidator", targets: ["NianbaoValidator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The report model: templates, cell keys and values. No I/O.
        .target(name: "NianbaoModel"),
        // Reads report files (any encoding, any layout) into the model, with diagnostics.
        .target(name: "NianbaoParser", dependencies: ["NianbaoModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The cross-checks (勾稽关系) and other rules; knows the model only.
        .target(name: "NianbaoValidator", dependencies: ["NianbaoModel"]),
        // A loaded corpus and the queries over it: selectors, fields, sums, diffs.
        .target(name: "NianbaoCorpus", dependencies: ["NianbaoModel", "NianbaoParser", "NianbaoValidator"]),
        // How wide text stands on a terminal (CJK counts two), shared by rendering and completion.
        .target(name: "TerminalText"),
        // The shell's commands and their rendering; never touches the terminal library.
        .target(name: "NianbaoShell", dependencies: ["NianbaoModel", "NianbaoCorpus", "NianbaoValidator", "TerminalText"]),
        // libedit, through a few C wrappers for its variadic calls.
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // A thin line editor: prompt, history, completion, Ctrl-C.
        .target(name: "LineEditor", dependencies: ["CLibedit", "TerminalText"]),
        // Writes corpora of realistic generated reports, with a manifest of the errors put in on purpose.
        .target(name: "NianbaoCorpusGenerator", dependencies: ["NianbaoModel"]),
        // Measures parsing, loading, memory and shell latency on a generated corpus (`make bench`).
        .executableTarget(name: "nianbao-bench", dependencies: ["NianbaoCorpusGenerator", "NianbaoParser", "NianbaoCorpus", "NianbaoShell"]),
        // The parser's entry points for libFuzzer (`make fuzz`); without the fuzzer flags, replays inputs.
        .executableTarget(name: "nianbao-fuzz", dependencies: ["NianbaoParser"]),
        .executableTarget(name: "nianbao", dependencies: [
            "NianbaoShell", "NianbaoCorpus", "LineEditor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "NianbaoTestSupport", dependencies: ["NianbaoModel", "NianbaoParser"], path: "Tests/NianbaoTestSupport"),
        .testTarget(name: "NianbaoModelTests", dependencies: ["NianbaoModel"]),
        .testTarget(name: "NianbaoParserTests", dependencies: ["NianbaoParser", "NianbaoTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "NianbaoValidatorTests", dependencies: ["NianbaoValidator", "NianbaoTestSupport"]),
        .testTarget(name: "NianbaoCorpusTests", dependencies: ["NianbaoCorpus", "NianbaoTestSupport"]),
        .testTarget(name: "NianbaoShellTests", dependencies: ["NianbaoShell", "NianbaoTestSupport"], exclude: ["Transcripts"]),
        .testTarget(name: "NianbaoCorpusGeneratorTests", dependencies: ["NianbaoCorpusGenerator", "NianbaoParser", "NianbaoValidator"]),
        .testTarget(name: "EndToEndTests", dependencies: ["nianbao", "NianbaoModel", "NianbaoTestSupport"]),
    ]
)
