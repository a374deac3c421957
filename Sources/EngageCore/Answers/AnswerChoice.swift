/// What a respondent chose for one question.
public enum AnswerChoice: Sendable, Hashable, Codable {
    /// An option id on the question's scale.
    case option(String)
    /// Not applicable to this team, with the reason given.
    case notApplicable(reason: String)
    /// Seen and deliberately skipped (counts as unanswered).
    case skipped
}
