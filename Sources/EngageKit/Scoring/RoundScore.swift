import EngageAnalysis
import EngageCore

/// A team's scorecard for one round: one snapshot, or several respondents' snapshots combined
/// (median per question), with the disagreements between respondents.
public struct RoundScore: Sendable, Hashable, Codable {
    public var team: String
    public var round: String
    public var snapshots: [String]
    public var respondents: [String]
    public var checklists: [String]
    public var scorecard: Scorecard
    public var disagreements: [Disagreement]
    /// Snapshots taken with a different version of a checklist than the one loaded now.
    public var methodologyChanged: [String]
}
