import ArgumentParser
import EngageCore
import EngageKit

/// `sre-engage slo TEAM add|list`.
struct SLOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slo",
        abstract: "Record the SLOs written during the engagement: `slo TEAM add --service … (--objective … | --file …)`, `slo TEAM list`.")

    enum Action: String, ExpressibleByArgument, CaseIterable { case add, list }

    @Argument(help: "Team name.") var team: String
    @Argument(help: "add or list.") var action: Action = .list
    @Option(help: "Service the SLO covers.") var service: String?
    @Option(help: "Objective in percent, e.g. 99.9.") var objective: Double?
    @Option(help: "Window, e.g. 28d.") var window: String?
    @Option(help: "What is measured.") var sli: String?
    @Option(help: "SLO spec file (OpenSLO, Sloth, Pyrra, slo-generator), relative to the engagement folder.") var file: String?
    @OptionGroup var options: EngagementOptions

    func validate() throws {
        if action == .add, service == nil { throw ValidationError("slo TEAM add needs --service") }
        if action == .list, service != nil || objective != nil || file != nil { throw ValidationError("slo TEAM list takes no SLO options") }
    }

    func run() throws {
        try reporting {
            switch action {
            case .add:
                let log = EngagementLog(store: try options.store(), clock: SystemClock())
                let e = try log.addSLO(team: team, record: SLORecord(service: service ?? "", sli: sli, objective: objective, window: window, file: file))
                print("\(e.slos.count) SLO\(e.slos.count == 1 ? "" : "s") recorded for \(team)")
            case .list:
                let e = try options.store().load(team)
                if e.slos.isEmpty { print("no SLOs recorded for \(team) yet") }
                for s in e.slos {
                    print([s.service, s.objective.map { "\($0.compactString)%" } ?? "-", s.window ?? "-", s.sli ?? "-", s.file ?? "-", s.date ?? "-"].joined(separator: "\t"))
                }
            }
        }
    }
}
