import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage history TEAM`.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every snapshot in time order with scores, deltas and sparklines; methodology boundaries and regressions marked.",
        discussion: """
            When a checklist changed between two snapshots (its content hash differs), the row is marked as a
            methodology boundary and its delta is computed on the questions both snapshots share, so an edited
            checklist never shows up as progress. Assessments after `close` are compared with the exit round.
            """)

    @Argument(help: "Team name.") var team: String
    @Option(help: "Restrict to one checklist.") var checklist: String?
    @Option(help: "text, json or csv.") var format: OutputFormat = .text
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if ![.text, .json, .csv].contains(format) { throw ValidationError("history prints text, json or csv") }
    }

    func run() throws {
        try reporting {
            let store = try options.store()
            let result = try HistoryService(store: store).history(team: team, checklist: checklist)
            print(try HistoryPresenter(library: store.library, language: options.language).render(result, format: format.rawValue, style: .detect()), terminator: "")
        }
    }
}
