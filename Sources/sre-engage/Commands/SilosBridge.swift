import EngageCore
import EngageGit
import EngageKit

/// Facts from git repositories for `detect --repo` (knowledge silos): the truck factor of each
/// repository, grouped by the engagement's declared `components` (top-level folders when it
/// declares none), with its developer `aliases` merged.
enum SilosBridge {
    static func facts(repositories: [String], engagement: Engagement) throws -> FactSet {
        if repositories.isEmpty { return FactSet() }
        let options = TruckFactorOptions(
            components: engagement.components.isEmpty ? .depth(1) : .declared(engagement.components),
            aliases: engagement.aliases, progress: true)
        let analyzer = TruckFactorAnalyzer(options: options)
        var reports: [TruckFactorReport] = []
        var problems: [Diagnostic] = []
        for repository in repositories {
            do throws(DiagnosticError) {
                reports.append(try analyzer.analyze(repository: repository))
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw EngageError(problems) }
        return FactSet(TruckFactorReport.facts(from: reports))
    }
}
