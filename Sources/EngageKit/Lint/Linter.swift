import EngageCore
import EngageYAML

/// Checks checklist files (and, once engagements exist, engagement and snapshot files).
public struct Linter: Sendable {
    public var loader: ChecklistLoader

    public init(loader: ChecklistLoader = ChecklistLoader()) {
        self.loader = loader
    }

    public func lint(paths: [String]) -> LintReport {
        let result = loader.load(paths: paths)
        return LintReport(diagnostics: result.diagnostics, library: result.library, files: result.files)
    }
}
