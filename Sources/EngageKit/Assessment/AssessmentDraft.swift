import EngageCore

/// An assessment in progress, autosaved after every answer (`assessments/drafts/<respondent>.yaml`).
public struct AssessmentDraft: Sendable, Hashable {
    public var team: String
    public var respondent: String
    public var round: String?
    public var startedAt: String
    public var checklists: [String]
    public var answers: AnswerSheet
    /// The question on screen when last saved.
    public var cursor: String?

    public init(team: String, respondent: String, round: String?, startedAt: String, checklists: [String], answers: AnswerSheet = AnswerSheet(), cursor: String? = nil) {
        self.team = team
        self.respondent = respondent
        self.round = round
        self.startedAt = startedAt
        self.checklists = checklists
        self.answers = answers
        self.cursor = cursor
    }
}
