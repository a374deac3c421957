/// One snapshot in a team's score history.
public struct HistoryRow: Sendable, Hashable, Codable {
    public var snapshot: String
    public var takenAt: String
    public var respondent: String
    public var round: String
    /// Overall score as recorded with the snapshot's own methodology.
    public var overall: Double?
    /// Principle id → score, in `HistoryResult.principles` order.
    public var principles: [String: Double]
    /// Change in the overall score from the previous snapshot; across a methodology boundary,
    /// computed on the questions both share.
    public var delta: Double?
    public var principleDeltas: [String: Double]
    /// A checklist's content hash differs from the previous snapshot's.
    public var boundary: Bool
    /// Questions the delta was computed on, when `boundary`.
    public var sharedQuestions: Int?
    /// Taken after the engagement was closed (a follow-up).
    public var followUp: Bool
}
