/// What rules are evaluated against: answers, facts and scores.
public protocol EvaluationContext: Sendable {
    func answer(_ questionID: String) -> AnswerState
    func fact(_ name: String) -> Fact?
    func score(_ scope: ScoreScope) -> Double?
}
