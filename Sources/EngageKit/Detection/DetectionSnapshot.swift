import EngageAnalysis
import EngageCore

/// A dated record of one detection run (`engagements/TEAM/detections/<UTC timestamp>.yaml`):
/// what was found, cleared or undetermined, from which facts and evidence. The closeout report
/// compares the first and last ones.
public struct DetectionSnapshot: Sendable, Hashable, Codable {
    public var team: String
    public var takenAt: String
    /// The assessment round whose answers were used, if any.
    public var round: String?
    public var evidence: [String]
    public var facts: [Fact]
    public var findings: [Finding]

    public init(team: String, takenAt: String, round: String?, evidence: [String], facts: [Fact], findings: [Finding]) {
        self.team = team
        self.takenAt = takenAt
        self.round = round
        self.evidence = evidence
        self.facts = facts
        self.findings = findings
    }

    public var found: [Finding] { findings.filter { $0.status == .found } }
}
