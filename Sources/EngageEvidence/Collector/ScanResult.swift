import EngageCore

/// The outcome of scanning an engagement's evidence: merged facts, every problem found, and which
/// files each collector read (or skipped).
public struct ScanResult: Sendable, Hashable {
    public var facts: FactSet
    public var diagnostics: [Diagnostic]
    public var files: [EvidenceKind: [String]]
    /// Files found under a directory that no collector reads.
    public var skipped: [String]

    public init(facts: FactSet = FactSet(), diagnostics: [Diagnostic] = [], files: [EvidenceKind: [String]] = [:], skipped: [String] = []) {
        self.facts = facts
        self.diagnostics = diagnostics
        self.files = files
        self.skipped = skipped
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
