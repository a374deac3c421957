/// How a question stands in a scorecard.
public enum QuestionStatus: String, Sendable, Hashable, Codable {
    /// Answered with an option: scored.
    case answered
    /// Not applicable: left out of the score and of coverage's denominator.
    case notApplicable = "not_applicable"
    /// Seen and skipped: not scored, lowers coverage.
    case skipped
    /// Never answered: not scored, lowers coverage.
    case unanswered
}
