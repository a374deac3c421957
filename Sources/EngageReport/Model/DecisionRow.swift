/// A decision and its reasoning, in phase order.
public struct DecisionRow: Sendable, Hashable, Codable {
    public var date: String
    public var phase: String?
    public var phaseTitle: String?
    public var decision: String
    public var why: String
    public var stressor: String?

    public init(date: String, phase: String?, phaseTitle: String?, decision: String, why: String, stressor: String?) {
        self.date = date
        self.phase = phase
        self.phaseTitle = phaseTitle
        self.decision = decision
        self.why = why
        self.stressor = stressor
    }
}
