import EngageCore

/// One question's line in a scorecard.
public struct QuestionScore: Sendable, Hashable, Codable {
    public var id: String
    public var status: QuestionStatus
    public var option: String?
    /// The chosen option's score, 0…100, when answered.
    public var score: Double?
    public var weight: Double
    public var risk: RiskLevel

    public init(id: String, status: QuestionStatus, option: String? = nil, score: Double? = nil, weight: Double, risk: RiskLevel = .none) {
        self.id = id
        self.status = status
        self.option = option
        self.score = score
        self.weight = weight
        self.risk = risk
    }
}
