import ArgumentParser
import EngageKit

/// `sre-engage close TEAM`.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close the engagement (refuses while exit criteria are open, unless --force --reason).")

    @Argument(help: "Team name.") var team: String
    @Flag(help: "Close even with open exit criteria.") var force = false
    @Option(help: "Why the engagement closes with open exit criteria (required with --force when any is open).") var reason: String?
    @Option(help: "Days until the first follow-up assessment.") var followUpDays = 90
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if followUpDays < 1 || followUpDays > 3650 { throw ValidationError("--follow-up-days must be between 1 and 3650") }
    }

    func run() throws {
        try reporting {
            let log = EngagementLog(store: try options.store(), clock: SystemClock())
            let e = try log.close(team: team, force: force, reason: reason, followUpDays: followUpDays)
            print("Closed \(team) on \(e.closure?.date ?? "?"); first follow-up assessment due \(e.closure?.followUp ?? "?")")
        }
    }
}
