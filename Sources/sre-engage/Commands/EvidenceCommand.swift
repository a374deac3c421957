import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage evidence scan PATH…`: the facts the collectors find in artefacts.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Read a team's artefacts (SLO specs, alert histories, postmortems, tickets) into facts.",
        subcommands: [Scan.self])

    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the facts found in evidence files or folders.")
        @Argument(help: "Evidence files or folders (default: the team's evidence folder with --team).") var paths: [String] = []
        @Option(help: "Read the engagement's evidence folder and declared services.") var team: String?
        @Option(help: "Comma-separated services that must have SLOs.") var services: String?
        @Option(help: "text or json.") var format: OutputFormat = .text
        @Option(name: .customLong("set"), help: ArgumentHelp("Collector setting, e.g. timezone=Asia/Seoul (repeatable).", valueName: "key=value")) var settings: [String] = []
        @Option(name: .customLong("engagements"), help: ArgumentHelp("Folder holding one folder per team.", valueName: "dir")) var engagementsPath = "engagements"
        @Option(name: .customLong("checklists"), help: ArgumentHelp("Checklists folder (for evidence-rules/).", valueName: "dir")) var checklistsPath = "checklists"

        func validate() throws {
            if paths.isEmpty, team == nil { throw ValidationError("give evidence paths, or --team TEAM for the engagement's evidence folder") }
        }

        func run() throws {
            try reporting {
                var engagement: Engagement?
                var scanPaths = paths
                if let team {
                    let store = EngagementStore(root: engagementsPath, library: try LibraryLoading.load(checklistsPath))
                    engagement = try store.load(team)
                    if scanPaths.isEmpty { scanPaths = [try store.paths(team).evidence] }
                }
                if let services {
                    var e = engagement ?? Engagement(team: "adhoc", start: "1970-01-01")
                    e.services += services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    engagement = e
                }
                let result = try EvidenceService(checklistsPath: checklistsPath, settings: settings).scan(paths: scanPaths, engagement: engagement)
                let notes = result.diagnostics.filter { $0.severity != .error }
                if !notes.isEmpty { Console.error(DiagnosticFormatter(style: .detect(fileDescriptor: STDERR_FILENO)).format(notes)) }
                switch format {
                case .text: print(FactsRenderer.text(result.facts, style: .detect()), terminator: "")
                case .json: print(try FactsRenderer.json(result.facts), terminator: "")
                default: throw EngageError.usage("evidence scan prints text or json")
                }
            }
        }
    }
}
