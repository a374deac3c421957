import EngageAnalysis

/// A team's score history: every snapshot in time order with deltas, the methodology boundaries,
/// and the regressions of follow-up assessments against the exit round.
public struct HistoryResult: Sendable, Hashable, Codable {
    public var team: String
    /// The checklist the history is restricted to, if any.
    public var checklist: String?
    public var principles: [String]
    public var rows: [HistoryRow]
    /// The round the engagement closed on (the exit round), when closed.
    public var exitRound: String?
    public var regressions: [Regression]
}
