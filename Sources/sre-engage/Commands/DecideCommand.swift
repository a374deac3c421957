import ArgumentParser
import EngageKit

/// `sre-engage decide TEAM "decision" --why "reasoning"`.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Log a decision and its reasoning (the closeout report is built from these).")

    @Argument(help: "Team name.") var team: String
    @Argument(help: "What was decided.") var decision: String
    @Option(help: "Why: the reasoning the team should be able to repeat after you leave.") var why: String
    @Option(help: "Guide phase (default: the current one).") var phase: String?
    @Option(help: "The stressor this addresses.") var stressor: String?
    @Option(help: "Date, YYYY-MM-DD (default: today).") var date: String?
    @OptionGroup var options: EngagementOptions

    func run() throws {
        try reporting {
            let log = EngagementLog(store: try options.store(), clock: SystemClock())
            let e = try log.decide(team: team, decision: decision, why: why, phase: phase, stressor: stressor, date: date)
            print("Logged decision \(e.decisions.count) (\(e.decisions.last?.phase ?? "no phase"))")
        }
    }
}
