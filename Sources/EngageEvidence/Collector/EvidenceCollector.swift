import EngageCore

/// Reads one kind of artefact and turns it into named, typed facts with the evidence behind each.
/// Collectors depend on nothing but the model; bad input becomes diagnostics, never a crash.
public protocol EvidenceCollector: Sendable {
    /// The collector's name, recorded on every fact it produces (`alerts`, `slo`…).
    var name: String { get }
    /// The artefact kind it reads.
    var kind: EvidenceKind { get }
    /// Whether it can read `file` (by extension and, where cheap, a look at its first bytes).
    func accepts(file: String) -> Bool
    /// Reads `files` together (facts are over all of them) with `options`.
    func collect(files: [String], options: EvidenceOptions) -> CollectorOutput
}
