import EngageCore

/// An evaluation context over answers, computed scores and (optionally) collected facts: what
/// level requirements and stressor rules are evaluated against.
public struct ScoreContext: EvaluationContext {
    let questions: [String: Question]
    let answers: AnswerSheet
    let sections: [String: Double]
    let principles: [String: Double]
    let overall: Double?
    let facts: FactSet

    public init(checklists: [Checklist], answers: AnswerSheet, scorecard: Scorecard?, facts: FactSet = FactSet()) {
        self.init(checklists: checklists, answers: answers, sections: scorecard?.sections ?? [], overall: scorecard?.overall.score, principles: scorecard?.principles ?? [], facts: facts)
    }

    init(checklists: [Checklist], answers: AnswerSheet, sections: [SectionScore], overall: Double?, principles: [GroupScore] = [], facts: FactSet = FactSet()) {
        var questions: [String: Question] = [:]
        for c in checklists { for q in c.questions { questions[q.id] = q } }
        self.questions = questions
        self.answers = answers
        var bySection: [String: Double] = [:]
        for s in sections { if let score = s.score { bySection[s.id] = score } }
        self.sections = bySection
        var byPrinciple: [String: Double] = [:]
        for p in principles { if let score = p.score { byPrinciple[p.id] = score } }
        if principles.isEmpty {
            var groups: [String: [SectionScore]] = [:]
            for s in sections { if let p = s.principle { groups[p, default: []].append(s) } }
            for (p, members) in groups { if let score = Scorer.rollUp(id: p, members).score { byPrinciple[p] = score } }
        }
        self.principles = byPrinciple
        self.overall = overall
        self.facts = facts
    }

    public func answer(_ questionID: String) -> AnswerState {
        guard let question = questions[questionID] else { return .notAssessed }
        switch answers[questionID]?.choice {
        case .option(let id)?:
            guard let option = question.option(id) else { return .unanswered }
            return .answered(option: id, score: option.score)
        case .notApplicable?: return .notApplicable
        case .skipped?, nil: return .unanswered
        }
    }

    public func fact(_ name: String) -> Fact? { facts[name] }

    public func score(_ scope: ScoreScope) -> Double? {
        switch scope {
        case .overall: overall
        case .section(let id): sections[id]
        case .principle(let id): principles[id]
        }
    }
}
