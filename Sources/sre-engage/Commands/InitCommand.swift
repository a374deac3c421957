import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage init TEAM`: starts an engagement.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start an engagement: create engagements/TEAM/engagement.yaml with the guide's tasks.")

    @Argument(help: "Team name (a slug: lower-case letters, digits, '-', '_', '.').") var team: String
    @Option(help: "The service the team runs.") var service: String?
    @Option(help: "The embedded SRE.") var sre: String?
    @Option(help: "Start date, YYYY-MM-DD (default: today, UTC).") var start: String?
    @Option(help: "Comma-separated assessment checklists used by default.") var checklist: String?
    @Option(help: "A goal of the engagement (repeatable).") var goal: [String] = []
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if let start, CalendarDate(start) == nil { throw ValidationError("--start '\(start)' is not a date (YYYY-MM-DD)") }
    }

    func run() throws {
        try reporting {
            let name = try TeamName.validate(team)
            let store = try options.store()
            let checklists = checklist.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? (store.library.assessments.filter(\.definesPrinciples) + store.library.assessments.filter { !$0.definesPrinciples }).map(\.id)
            for id in checklists where store.library.checklist(id) == nil {
                throw EngageError.usage("unknown checklist '\(id)'\(id.didYouMean(store.library.assessments.map(\.id)))")
            }
            var engagement = Engagement.new(
                team: name, service: service, sre: sre, start: start ?? Timestamp.day(SystemClock().now()),
                guide: store.library.guide, checklists: checklists)
            engagement.goals = goal
            let paths = try store.create(engagement)
            print("Created \(paths.engagementFile)")
            print("Next: sre-engage guide \(name)   ·   sre-engage assess \(name)")
        }
    }
}
