import ArgumentParser
import EngageKit

/// `sre-engage fire TEAM "title" --toil|--not-toil --why`.
struct FireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fire",
        abstract: "Sort an emergency into toil or not-toil, with the reason (seed 001: sort the fires).")

    @Argument(help: "Team name.") var team: String
    @Argument(help: "The emergency.") var title: String
    @Flag(name: .customLong("toil"), help: "It is toil: manual, repetitive, automatable.") var isToil = false
    @Flag(name: .customLong("not-toil"), help: "It is not toil (overhead, or real engineering).") var isNotToil = false
    @Option(help: "Why it is (or is not) toil.") var why: String
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if isToil == isNotToil { throw ValidationError("say --toil or --not-toil") }
    }

    func run() throws {
        try reporting {
            let log = EngagementLog(store: try options.store(), clock: SystemClock())
            let e = try log.addFire(team: team, title: title, toil: isToil, why: why)
            print("\(e.fires.count) fire\(e.fires.count == 1 ? "" : "s") sorted (\(e.fires.filter(\.toil).count) toil)")
        }
    }
}
