import EngageCore

/// The evaluation context a stressor example describes: its answers (option ids, or `n/a`) and
/// its facts; anything it does not mention is unknown.
public struct ExampleContext: EvaluationContext {
    let answers: [String: AnswerState]
    let facts: FactSet

    public init(_ example: StressorExample, checklists: [Checklist]) {
        var questions: [String: Question] = [:]
        for c in checklists { for q in c.questions { questions[q.id] = q } }
        var states: [String: AnswerState] = [:]
        for (id, option) in example.answers {
            if option == "n/a" { states[id] = .notApplicable; continue }
            if let score = questions[id]?.option(option)?.score { states[id] = .answered(option: option, score: score) }
        }
        answers = states
        facts = FactSet(example.facts.map { Fact(name: $0.key, value: $0.value, collector: "example") })
    }

    public func answer(_ questionID: String) -> AnswerState { answers[questionID] ?? .notAssessed }
    public func fact(_ name: String) -> Fact? { facts[name] }
    public func score(_ scope: ScoreScope) -> Double? { nil }
}
