import Foundation
@testable import NianbaoShell
import NianbaoTestSupport
import Testing

/// Using only `help`: each command's example works as shown, run in a fresh shell over the bundled corpus,
/// whatever commands are registered.
@Suite struct HelpExampleTests {
    static let names = CommandRegistry.commands.map(\.name)

    @Test func everyCommandHasAnExampleOfItself() {
        for command in CommandRegistry.commands {
            #expect(command.example.split(separator: " ").first.map(String.init) == command.name, "\(command.name): \(command.example)")
            #expect(!command.synopsis.isEmpty && !command.summary.isEmpty, "\(command.name)")
        }
    }

    @Test(arguments: names)
    func exampleWorksAsShown(_ name: String) throws {
        let command = try #require(CommandRegistry.command(named: name))
        // Examples name files as a shell started in the repository does (`load Corpus`).
        try #require(FileManager.default.currentDirectoryPath == Repository.root.path
                     || URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath() == Repository.root.resolvingSymlinksInPath(),
                     "the tests run in the repository")
        var shell = try ShellFixtures.seedShell()
        let execution = shell.execute(command.example)
        #expect(execution.error.isEmpty, "\(command.example): \(execution.error)")
        #expect(!execution.failed, "\(command.example)")
        #expect(!execution.output.isEmpty || execution.quits, "\(command.example) prints nothing")
        _ = shell.execute("output")
    }
}
