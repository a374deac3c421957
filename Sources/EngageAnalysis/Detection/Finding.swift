import EngageCore

/// The outcome of one stressor's rule for an engagement.
public struct Finding: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// The rule holds: the stressor is present.
        case found
        /// The rule is false on the evidence at hand.
        case clear
        /// Not enough evidence either way.
        case undetermined
    }

    public var stressor: String
    public var title: LocalizedText
    public var severity: StressorSeverity
    public var status: Status
    /// Leaves that held (for a finding) — each with the observed value and its evidence.
    public var fired: [Observation]
    /// Leaves that could not be evaluated.
    public var unknown: [Observation]
    public var recommendation: LocalizedText
    /// Which evidence would settle the unknown leaves.
    public var settleWith: [String]

    public init(stressor: String, title: LocalizedText, severity: StressorSeverity, status: Status, fired: [Observation], unknown: [Observation], recommendation: LocalizedText, settleWith: [String]) {
        self.stressor = stressor
        self.title = title
        self.severity = severity
        self.status = status
        self.fired = fired
        self.unknown = unknown
        self.recommendation = recommendation
        self.settleWith = settleWith
    }
}
