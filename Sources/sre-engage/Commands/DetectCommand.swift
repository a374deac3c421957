import ArgumentParser
import EngageCore
import EngageKit
import Foundation

/// `sre-engage detect TEAM`.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Find what stresses the team: the stressor catalogue over answers and evidence.",
        discussion: """
            Facts come from the latest assessment round (including disagreements between respondents),
            from the evidence folder (engagements/TEAM/evidence, or --evidence paths) and from git
            repositories (--repo). A rule over a fact that was not collected is undetermined, and the
            output says which evidence would settle it. The run is saved under engagements/TEAM/detections/.
            """)

    @Argument(help: "Team name.") var team: String
    @Option(name: .customLong("evidence"), help: "Evidence file or folder (repeatable; default: the team's evidence folder).") var evidence: [String] = []
    @Option(name: .customLong("repo"), help: "A git repository to read for knowledge silos (repeatable).") var repositories: [String] = []
    @Option(help: "text, json or markdown.") var format: OutputFormat = .text
    @Option(name: .customLong("set"), help: ArgumentHelp("Evidence collector setting, e.g. timezone=Asia/Seoul (repeatable).", valueName: "key=value")) var settings: [String] = []
    @Flag(help: "Do not save a detection snapshot.") var noSave = false
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if ![.text, .json, .markdown].contains(format) { throw ValidationError("detect prints text, json or markdown") }
    }

    func run() throws {
        try reporting {
            let store = try options.store()
            var service = DetectionService(store: store, checklistsPath: options.checklists.checklistsPath, clock: SystemClock())
            service.settings = settings
            let (snapshot, file) = try service.detect(.init(team: team, evidence: evidence, repositories: repositories, save: !noSave), extraFacts: try SilosBridge.facts(repositories: repositories, engagement: store.load(team)))
            let renderer = DetectionRenderer(language: options.language, style: format == .text ? .detect() : .plain)
            switch format {
            case .json: print(try renderer.json(snapshot), terminator: "")
            case .markdown: print(renderer.markdown(snapshot))
            default: print(renderer.text(snapshot), terminator: "")
            }
            if let file { Console.error("saved \(file)") }
        }
    }
}
