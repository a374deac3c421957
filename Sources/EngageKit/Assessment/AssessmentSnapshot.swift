import EngageCore
import EngageYAML

/// An immutable record of one respondent's finished assessment
/// (`engagements/TEAM/assessments/<UTC timestamp>-<respondent>.yaml`).
public struct AssessmentSnapshot: Sendable, Hashable {
    /// The file name without `.yaml`, e.g. `20260901T100000Z-dana`.
    public var id: String
    public var team: String
    public var respondent: String
    /// Snapshots of one round are combined; defaults to the UTC day.
    public var round: String
    /// ISO 8601 UTC.
    public var takenAt: String
    public var methodology: [ChecklistStamp]
    public var answers: AnswerSheet
    /// The scorecard as computed when the snapshot was taken (JSON-shaped, kept verbatim).
    public var scores: YAMLTree?
    public var location: SourceLocation?

    public init(id: String, team: String, respondent: String, round: String, takenAt: String, methodology: [ChecklistStamp], answers: AnswerSheet, scores: YAMLTree? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.team = team
        self.respondent = respondent
        self.round = round
        self.takenAt = takenAt
        self.methodology = methodology
        self.answers = answers
        self.scores = scores
        self.location = location
    }

    public var checklistIDs: [String] { methodology.map(\.id) }
}
