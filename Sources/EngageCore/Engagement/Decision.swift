/// One entry of the decisions log: what was decided and why. The closeout report is built from it.
public struct Decision: Sendable, Hashable, Codable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var phase: String?
    public var decision: String
    public var why: String
    /// The stressor this decision addresses, if any.
    public var stressor: String?

    public init(date: String, phase: String? = nil, decision: String, why: String, stressor: String? = nil) {
        self.date = date
        self.phase = phase
        self.decision = decision
        self.why = why
        self.stressor = stressor
    }
}
