/// A named, typed finding produced by an evidence collector, with the evidence behind it.
public struct Fact: Sendable, Hashable, Codable {
    /// Dotted name from the fact catalogue, e.g. `alerts.pages_per_shift.max`.
    public var name: String
    public var value: FactValue
    public var evidence: [EvidenceReference]
    /// The collector that produced it (`alerts`, `slo`, `git`, `answers`…).
    public var collector: String

    public init(name: String, value: FactValue, evidence: [EvidenceReference] = [], collector: String) {
        self.name = name
        self.value = value
        self.evidence = evidence
        self.collector = collector
    }
}
