extension Condition {
    /// Evaluates the tree in three-valued logic, recording every leaf observed.
    public func evaluate(in context: some EvaluationContext) -> (truth: Truth, observations: [Observation]) {
        var observations: [Observation] = []
        let truth = evaluate(in: context, recording: &observations)
        return (truth, observations)
    }

    private func evaluate(in context: some EvaluationContext, recording observations: inout [Observation]) -> Truth {
        switch kind {
        case .all(let children):
            return children.reduce(Truth.true) { $0 && $1.evaluate(in: context, recording: &observations) }
        case .any(let children):
            return children.reduce(Truth.false) { $0 || $1.evaluate(in: context, recording: &observations) }
        case .not(let child):
            return !child.evaluate(in: context, recording: &observations)
        case let .answer(questionID, test):
            let state = context.answer(questionID)
            let truth = Self.test(test, state)
            observations.append(Observation(condition: description, observed: state.summary, truth: truth, subject: questionID, location: location))
            return truth
        case let .fact(name, tests):
            guard let fact = context.fact(name) else {
                observations.append(Observation(condition: description, observed: nil, truth: .unknown, subject: name, location: location))
                return .unknown
            }
            let truth = Truth(tests.allSatisfy { $0.holds(for: fact.value) })
            observations.append(Observation(condition: description, observed: fact.value.summary, truth: truth, evidence: fact.evidence, subject: name, location: location))
            return truth
        case let .score(scope, comparison):
            guard let score = context.score(scope) else {
                observations.append(Observation(condition: description, observed: nil, truth: .unknown, subject: scope.description, location: location))
                return .unknown
            }
            let truth = Truth(comparison.holds(for: .number(score)))
            observations.append(Observation(condition: description, observed: score.compactString, truth: truth, subject: scope.description, location: location))
            return truth
        }
    }

    private static func test(_ test: AnswerTest, _ state: AnswerState) -> Truth {
        switch (test, state) {
        case (_, .notAssessed): return .unknown
        case (.answered(let want), .answered): return Truth(want)
        case (.answered(let want), _): return Truth(!want)
        case (.notApplicable(let want), .notApplicable): return Truth(want)
        case (.notApplicable(let want), _): return Truth(!want)
        case let (.inOptions(ids), .answered(option, _)): return Truth(ids.contains(option))
        case let (.notInOptions(ids), .answered(option, _)): return Truth(!ids.contains(option))
        case let (.score(comparison), .answered(_, score)): return Truth(comparison.holds(for: .number(score)))
        case (_, .unanswered): return .unknown
        case (_, .notApplicable): return .false
        }
    }
}

extension AnswerState {
    /// How the state reads in an observation.
    public var summary: String {
        switch self {
        case let .answered(option, score): "\(option) (\(score.compactString))"
        case .notApplicable: "not applicable"
        case .unanswered: "unanswered"
        case .notAssessed: "not assessed"
        }
    }
}
