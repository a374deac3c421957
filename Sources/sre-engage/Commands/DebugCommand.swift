import ArgumentParser
import EngageKit

/// Hidden commands for tests.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Internal commands used by the test suite.",
        shouldDisplay: false,
        subcommands: [DraftWriter.self])

    struct DraftWriter: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "draft-writer", abstract: "Rewrite a draft COUNT times, atomically.")
        @Option var file: String
        @Option var count = 1000

        func run() throws {
            try reporting { try DraftTorture.run(file: file, count: count) }
        }
    }
}
