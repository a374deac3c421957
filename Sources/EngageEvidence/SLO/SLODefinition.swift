import EngageCore

/// One SLO as read from a spec, in a form common to all formats.
public struct SLODefinition: Sendable, Hashable {
    public var format: SLOFormat
    public var service: String
    public var name: String
    /// The objective as written, and whether it is a ratio (0…1) or a percentage (0…100).
    public var objective: Double?
    public var objectiveIsPercent: Bool
    /// Whether a burn-rate or page alert is defined for it; nil when the format leaves that to a
    /// file not seen yet (slo-generator's error-budget policy, resolved after all files are read).
    public var alerting: Bool?
    /// Why it counts as alerting or not, for the fact detail.
    public var alertingNote: String
    /// Alert policy names an OpenSLO SLO refers to, checked once every file is read.
    public var alertPolicyRefs: [String]
    public var location: SourceLocation

    public init(format: SLOFormat, service: String, name: String, objective: Double?, objectiveIsPercent: Bool,
                alerting: Bool?, alertingNote: String, alertPolicyRefs: [String] = [], location: SourceLocation) {
        self.format = format
        self.service = service
        self.name = name
        self.objective = objective
        self.objectiveIsPercent = objectiveIsPercent
        self.alerting = alerting
        self.alertingNote = alertingNote
        self.alertPolicyRefs = alertPolicyRefs
        self.location = location
    }

    /// Whether the objective lies strictly inside (0, 1) for a ratio or (0, 100) for a percentage.
    /// 100 % leaves no error budget, so it is out of range too.
    public var objectiveInRange: Bool {
        guard let objective else { return false }
        return objective > 0 && objective < (objectiveIsPercent ? 100 : 1)
    }
}
