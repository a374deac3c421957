import ArgumentParser
import EngageCore
import EngageGit
import EngageKit
import Foundation

/// `sre-engage silos PATH`: knowledge silos from git history (truck factor per component).
struct SilosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silos",
        abstract: "Find knowledge silos: the truck factor of a git repository and of each component.",
        discussion: "The truck factor is the number of developers who would have to leave before more than half of the files have no author left (Avelino et al., ICPC 2016). Authorship comes from the degree-of-authorship model over the whole history (renames followed); vendored, generated and documentation files are left out unless asked for. See docs/truck-factor.md.")

    @Argument(help: "The git repository.") var path: String
    @Option(help: "How many folder levels name a component.") var componentDepth: Int = 1
    @Option(help: "Only commits since this date (YYYY-MM-DD).") var since: String?
    /// The two shapes the report prints in.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text or json.") var format: Format = .text
    @Option(name: .customLong("exclude"), help: "Also leave out paths matching this glob (repeatable; `dir/`, `*.ext`, `a/**/b`).") var excludes: [String] = []
    @Flag(help: "Count documentation files (docs/, *.md, …) too.") var includeDocs = false
    @Option(help: "How many git log processes read the history at once (default: one per core, at least 2).") var jobs: Int = 0
    @Option(help: ArgumentHelp("Commits per git log process.", visibility: .hidden)) var chunkSize: Int = 4096

    func validate() throws {
        if jobs < 0 { throw ValidationError("--jobs must be 0 or more") }
        if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1") }
    }

    func run() throws {
        try reporting {
            let options = TruckFactorOptions(
                components: .depth(componentDepth), since: since,
                filter: PathFilter(excludeDocumentation: !includeDocs, excludes: excludes),
                parallelism: jobs, chunkSize: chunkSize, progress: true)
            let report: TruckFactorReport
            do throws(DiagnosticError) {
                report = try TruckFactorAnalyzer(options: options).analyze(repository: path)
                print(format == .json ? try report.json() : report.text(), terminator: "")
            } catch {
                throw EngageError(error.diagnostics)
            }
        }
    }
}
