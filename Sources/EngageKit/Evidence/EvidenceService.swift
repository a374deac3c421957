import EngageCore
import EngageEvidence
import EngageYAML
import Foundation

/// Collects facts from an engagement's evidence (or from paths given on the command line), with
/// the rule files from `checklists/evidence-rules/` and the services declared in the engagement.
public struct EvidenceService: Sendable {
    public var checklistsPath: String
    /// `key=value` settings from the command line; they win over the engagement's `evidence:`.
    public var settings: [String]

    public init(checklistsPath: String, settings: [String] = []) {
        self.checklistsPath = checklistsPath
        self.settings = settings
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
        if let engagement {
            options.declaredServices = engagement.allServices
            for key in engagement.evidence.keys.sorted() {
                try Self.apply(key, engagement.evidence[key] ?? "", to: &options, from: "engagement.yaml evidence")
            }
        }
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw EngageError.usage("--set '\(setting)' must be key=value; keys: \(EvidenceOptions.settingKeys.joined(separator: ", "))") }
            try Self.apply(parts[0].trimmingCharacters(in: .whitespaces), parts[1], to: &options, from: "--set")
        }
        return options
    }

    static func apply(_ key: String, _ value: String, to options: inout EvidenceOptions, from origin: String) throws(EngageError) {
        guard EvidenceOptions.settingKeys.contains(key) else {
            throw EngageError.usage("\(origin): unknown evidence setting '\(key)'\(key.didYouMean(EvidenceOptions.settingKeys)); settings: \(EvidenceOptions.settingKeys.joined(separator: ", "))")
        }
        if let problem = options.set(key, to: value) { throw EngageError.usage("\(origin) \(key): \(problem)") }
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
