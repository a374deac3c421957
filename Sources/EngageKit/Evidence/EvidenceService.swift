import EngageCore
import EngageEvidence
import EngageYAML
import Foundation

/// Collects facts from an engagement's evidence (or from paths given on the command line), with
/// the rule files from `checklists/evidence-rules/` and the services declared in the engagement.
public struct EvidenceService: Sendable {
    public var checklistsPath: String

    public init(checklistsPath: String) {
        self.checklistsPath = checklistsPath
    }

    /// Options for the collectors: rule files, and declared services when an engagement is given.
    public func options(engagement: Engagement?) throws(EngageError) -> EvidenceOptions {
        var options = EvidenceOptions()
        let sink = DiagnosticSink()
        let rulesDir = checklistsPath + "/evidence-rules"
        if FileManager.default.fileExists(atPath: rulesDir) {
            options.rules = EvidenceRules.load(directory: rulesDir, sink: sink)
        }
        if sink.hasErrors { throw EngageError(sink.diagnostics.all) }
        if let engagement { options.declaredServices = engagement.allServices }
        return options
    }

    /// Scans `paths`; problems in the evidence files are reported (errors fail the scan, notes
    /// about skipped files are kept for display).
    public func scan(paths: [String], engagement: Engagement?) throws(EngageError) -> ScanResult {
        let result = EvidenceScanner.scan(paths: paths, options: try options(engagement: engagement))
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            throw EngageError(result.diagnostics.filter { $0.severity != .note })
        }
        return result
    }
}
