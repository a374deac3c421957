/// What is known about one question's answer when evaluating a rule.
public enum AnswerState: Sendable, Hashable {
    /// Answered with an option (its score on the question's scale).
    case answered(option: String, score: Double)
    case notApplicable
    /// Asked but skipped.
    case unanswered
    /// No assessment covers the question at all.
    case notAssessed
}
