import EngageCore
import EngageKit

/// Facts from git repositories for `detect --repo` (knowledge silos).
enum SilosBridge {
    static func facts(repositories: [String], engagement: Engagement) throws -> FactSet {
        if repositories.isEmpty { return FactSet() }
        throw EngageError.usage("--repo needs the truck-factor collector, which is not built into this version yet")
    }
}
