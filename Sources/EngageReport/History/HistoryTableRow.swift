/// One snapshot in a history table, with numbers already computed by the caller.
public struct HistoryTableRow: Sendable, Hashable, Codable {
    public var snapshot: String
    /// ISO date or timestamp the snapshot was taken.
    public var date: String
    public var round: String
    public var respondent: String
    public var overall: Double?
    /// Principle id → score 0–100.
    public var principles: [String: Double]
    /// Change in the overall score from the previous row; on a boundary row, the change computed
    /// on the questions both snapshots share.
    public var delta: Double?
    /// A checklist's content hash differs from the previous row's.
    public var boundary: Bool
    /// Questions the boundary delta was computed on.
    public var sharedQuestions: Int?
    /// Taken after the engagement was closed.
    public var followUp: Bool
    /// This follow-up is worse than the exit snapshot somewhere (see `HistoryTable.regressions`).
    public var regression: Bool

    public init(
        snapshot: String, date: String, round: String, respondent: String, overall: Double?,
        principles: [String: Double], delta: Double?, boundary: Bool = false, sharedQuestions: Int? = nil,
        followUp: Bool = false, regression: Bool = false
    ) {
        self.snapshot = snapshot
        self.date = date
        self.round = round
        self.respondent = respondent
        self.overall = overall
        self.principles = principles
        self.delta = delta
        self.boundary = boundary
        self.sharedQuestions = sharedQuestions
        self.followUp = followUp
        self.regression = regression
    }
}
