/// A stressor the detector found, with its status now.
public struct StressorRow: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// Found in the first detection and not in the last.
        case cleared
        /// Found in the last detection.
        case open = "still-open"
        /// Found in the last detection only.
        case new
    }

    public var id: String
    public var title: String
    public var severity: String
    public var status: Status
    public var firstSeen: String?
    public var lastSeen: String?
    /// Conditions that held, with observed values ("alerts.top_noisy_share > 0.5: 0.917").
    public var observations: [String]
    public var evidence: [String]
    public var recommendation: String

    public init(id: String, title: String, severity: String, status: Status, firstSeen: String?, lastSeen: String?, observations: [String], evidence: [String], recommendation: String) {
        self.id = id
        self.title = title
        self.severity = severity
        self.status = status
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.observations = observations
        self.evidence = evidence
        self.recommendation = recommendation
    }
}
