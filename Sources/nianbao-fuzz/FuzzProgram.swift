import Foundation

/// Runs one fuzz target.
///
/// Built with `-sanitize=fuzzer,address -D FUZZING` (`make fuzz`), it hands over to libFuzzer with the target named
/// by `NIANBAO_FUZZ_TARGET`, libFuzzer's options and corpus folders on the command line. Built without them (as
/// `swift build` does), it replays inputs, `nianbao-fuzz TARGET FILE...`, to reproduce a crash in a normal build.
@main
enum FuzzProgram {
    static func main() {
        #if FUZZING
        let name = ProcessInfo.processInfo.environment["NIANBAO_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set NIANBAO_FUZZ_TARGET to one of \(FuzzTarget.names)\n".utf8))
            exit(64)
        }
        chosenTarget = target
        // libFuzzer's own `main` is not linked: SwiftPM names the program's entry point, so it is called from here.
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            chosenTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
        #else
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            print("usage: nianbao-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...")
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read it")
                exit(1)
            }
            target.run([UInt8](data))
            print("\(path): ok")
        }
        #endif
    }
}

#if FUZZING
/// Set once before libFuzzer starts; read by its callback, which cannot capture.
nonisolated(unsafe) private var chosenTarget = FuzzTarget.text

/// libFuzzer's driver (LLVM 11 and later): parses its options from the arguments and runs `callback` on each input.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
