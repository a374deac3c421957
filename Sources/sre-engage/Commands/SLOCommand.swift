import ArgumentParser
import EngageCore
import EngageKit

/// `sre-engage slo TEAM add|list`.
struct SLOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slo",
        abstract: "Record the SLOs written during the engagement.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an SLO, by its numbers or as a link to an SLO spec file.")
        @Argument(help: "Team name.") var team: String
        @Option(help: "Service the SLO covers.") var service: String
        @Option(help: "Objective in percent, e.g. 99.9.") var objective: Double?
        @Option(help: "Window, e.g. 28d.") var window: String?
        @Option(help: "What is measured.") var sli: String?
        @Option(help: "SLO spec file (OpenSLO, Sloth, Pyrra, slo-generator), relative to the engagement folder.") var file: String?
        @OptionGroup var options: EngagementOptions

        func run() throws {
            try reporting {
                let log = EngagementLog(store: try options.store(), clock: SystemClock())
                let e = try log.addSLO(team: team, record: SLORecord(service: service, sli: sli, objective: objective, window: window, file: file))
                print("\(e.slos.count) SLO\(e.slos.count == 1 ? "" : "s") recorded for \(team)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the SLOs recorded.")
        @Argument(help: "Team name.") var team: String
        @OptionGroup var options: EngagementOptions

        func run() throws {
            try reporting {
                let e = try options.store().load(team)
                for s in e.slos {
                    print([s.service, s.objective.map { "\($0.compactString)%" } ?? "-", s.window ?? "-", s.sli ?? "-", s.file ?? "-", s.date ?? "-"].joined(separator: "\t"))
                }
            }
        }
    }
}
