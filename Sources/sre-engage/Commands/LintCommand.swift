import ArgumentParser
import EngageKit
import Foundation

/// `sre-engage lint [PATH…]`: validates checklist files and reports every problem.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check checklist, engagement and snapshot files; print every problem as file:line:col.",
        discussion: """
            PATH is a checklist file or folder (default: checklists/), an engagement folder, or the
            engagements folder. Engagement files are checked against the checklists given by --checklists.
            Exit status: 0 clean, 1 problems found, 2 usage error or unreadable path.
            """)

    @Argument(help: ArgumentHelp("Checklist files or folders.", valueName: "path"))
    var paths: [String] = ["checklists"]

    @Option(name: .customLong("checklists"), help: ArgumentHelp("Checklists to check engagement files against.", valueName: "dir"))
    var checklistsPath = "checklists"

    @Flag(name: .long, help: "Print only problems, no summary line.")
    var quiet = false

    func run() throws {
        for path in paths where !FileManager.default.isReadableFile(atPath: path) {
            Console.error("\(path): error: no such file or directory, or not readable")
            throw ExitCode(2)
        }
        let report = Linter(checklistsPath: checklistsPath).lint(paths: paths)
        let formatter = DiagnosticFormatter(style: .detect(fileDescriptor: STDERR_FILENO))
        if !report.diagnostics.isEmpty { Console.error(formatter.format(report.diagnostics)) }
        if !quiet { print(report.summary) }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}
