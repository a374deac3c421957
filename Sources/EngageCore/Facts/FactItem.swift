/// One member of a list fact (a service without an SLO, a noisy alert name, a postmortem file),
/// with what was measured about it and where it was seen.
public struct FactItem: Sendable, Hashable, Codable {
    public var value: String
    public var detail: String?
    public var evidence: [EvidenceReference]

    public init(_ value: String, detail: String? = nil, evidence: [EvidenceReference] = []) {
        self.value = value
        self.detail = detail
        self.evidence = evidence
    }
}
