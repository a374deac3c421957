import EngageCore

/// A section's score: the weighted mean of its answered questions.
public struct SectionScore: Sendable, Hashable, Codable {
    public var id: String
    public var checklist: String
    /// The principle the section rolls up into, if any.
    public var principle: String?
    public var weight: Double
    /// 0…100, or nil when no question was answered.
    public var score: Double?
    public var answered: Int
    /// Questions minus those not applicable.
    public var applicable: Int
    public var total: Int
    /// answered / applicable (1 when nothing is applicable).
    public var coverage: Double
    public var risks: RiskCounts
    public var questions: [QuestionScore]

    public init(id: String, checklist: String, principle: String?, weight: Double, score: Double?, answered: Int, applicable: Int, total: Int, coverage: Double, risks: RiskCounts, questions: [QuestionScore]) {
        self.id = id
        self.checklist = checklist
        self.principle = principle
        self.weight = weight
        self.score = score
        self.answered = answered
        self.applicable = applicable
        self.total = total
        self.coverage = coverage
        self.risks = risks
        self.questions = questions
    }
}
