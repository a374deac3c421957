/// One leaf condition as evaluated: what it tested, what was observed and the outcome.
public struct Observation: Sendable, Hashable, Codable {
    public var condition: String
    public var observed: String?
    public var truth: Truth
    /// The evidence behind a fact, when the leaf is a fact test.
    public var evidence: [EvidenceReference]
    /// The fact name or question id, so callers can say which evidence would settle an unknown.
    public var subject: String
    public var location: SourceLocation?

    public init(condition: String, observed: String?, truth: Truth, evidence: [EvidenceReference] = [], subject: String, location: SourceLocation? = nil) {
        self.condition = condition
        self.observed = observed
        self.truth = truth
        self.evidence = evidence
        self.subject = subject
        self.location = location
    }
}
