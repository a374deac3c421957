import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage score TEAM`.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Print the team's scorecard: the latest round (respondents combined), a named round, or one snapshot.")

    @Argument(help: "Team name.") var team: String
    @Option(help: "One snapshot id (or a unique prefix).") var snapshot: String?
    @Option(help: "A round name (default: the latest round).") var round: String?
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if snapshot != nil, round != nil { throw ValidationError("give --snapshot or --round, not both") }
        if format != .text, format != .json { throw ValidationError("score prints text or json") }
    }

    func run() throws {
        try reporting {
            let store = try options.store()
            let result = try ScoreService(store: store).score(team: team, snapshot: snapshot, round: round)
            if !result.methodologyChanged.isEmpty {
                Console.error("note: \(result.methodologyChanged.joined(separator: ", ")) used another version of a checklist; scored with the current one")
            }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            default:
                let style = TerminalStyle.detect()
                print("\(team) · round \(result.round) · " + (result.respondents.count == 1 ? "respondent \(result.respondents[0])" : "\(result.respondents.count) respondents combined (median): \(result.respondents.joined(separator: ", "))"))
                print(ScorecardTable(library: store.library, language: options.language, style: style).render(result.scorecard), terminator: "")
                if !result.disagreements.isEmpty {
                    print("\n" + style.bold(options.language == .ko ? "응답자 간 이견 (2단계 이상):" : "Respondents disagree (2+ steps apart):"))
                    for d in result.disagreements {
                        let text = store.library.question(d.question)?.text.text(options.language) ?? d.question
                        print("  \(d.question): " + d.positions.map { "\($0.respondent)=\($0.option)" }.joined(separator: ", ") + "  — \(text)")
                    }
                }
            }
        }
    }
}
