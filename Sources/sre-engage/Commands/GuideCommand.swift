import ArgumentParser
import EngageKit
import Foundation

/// `sre-engage guide TEAM`.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Where the engagement stands in the guide's phases, and what to do next and why.")

    @Argument(help: "Team name.") var team: String
    @OptionGroup var options: EngagementOptions

    func run() throws {
        try reporting {
            let store = try options.store()
            guard let guide = store.library.guide else { throw EngageError.usage("no guide in the checklists folder") }
            let engagement = try store.load(team)
            print(GuideStatusRenderer(language: options.language, style: .detect()).render(engagement, guide: guide), terminator: "")
        }
    }
}
