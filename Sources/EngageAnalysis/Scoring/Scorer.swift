import EngageCore

/// The scoring engine: pure, deterministic, documented in docs/scoring.md.
///
/// - A question answered with an option scores that option's score (0…100).
/// - A section scores Σ(w_q·s_q) / Σ(w_q) over its answered questions; not-applicable, skipped
///   and unanswered questions are left out. Coverage = answered / (total − not applicable).
/// - A checklist, a principle and the overall score are section-weighted means, Σ(w_s·S_s) /
///   Σ(w_s), over the sections that have a score.
/// - Each answered question carries the risk its checklist's rules give the chosen option;
///   high and medium risks are counted per section.
/// - A checklist's level is the highest rung of its ladder whose requirements hold together
///   with those of every lower rung (an unknown requirement does not hold).
public enum Scorer {
    /// Scores `answers` against `checklists`; `including` restricts scoring to those question ids
    /// (the methodology guard rescores two snapshots on the questions they share).
    public static func score(checklists: [Checklist], answers: AnswerSheet, including: Set<String>? = nil) -> Scorecard {
        var sections: [SectionScore] = []
        for checklist in checklists {
            for section in checklist.sections {
                let questions = section.questions.filter { including?.contains($0.id) ?? true }
                if questions.isEmpty { continue }
                sections.append(score(section, questions: questions, checklist: checklist, answers: answers))
            }
        }
        var checklistScores: [GroupScore] = []
        for checklist in checklists {
            let mine = sections.filter { $0.checklist == checklist.id }
            var group = rollUp(id: checklist.id, mine)
            group.level = level(of: checklist, answers: answers, sections: sections, checklistScore: group.score)
            checklistScores.append(group)
        }
        // Principles in the order their checklist declares them, then any others as they appear.
        var principleOrder: [String] = checklists.filter(\.definesPrinciples).flatMap { $0.sections.map(\.id) }
            .filter { p in sections.contains { $0.principle == p } }
        for s in sections { if let p = s.principle, !principleOrder.contains(p) { principleOrder.append(p) } }
        let principles = principleOrder.map { p in rollUp(id: p, sections.filter { $0.principle == p }) }
        return Scorecard(overall: rollUp(id: "overall", sections), checklists: checklistScores, principles: principles, sections: sections)
    }

    static func score(_ section: Section, questions: [Question], checklist: Checklist, answers: AnswerSheet) -> SectionScore {
        var rows: [QuestionScore] = []
        var weighted = 0.0, weights = 0.0
        var answered = 0, notApplicable = 0
        var risks = RiskCounts()
        for q in questions {
            switch answers[q.id]?.choice {
            case .option(let id)?:
                guard let option = q.option(id) else {
                    rows.append(QuestionScore(id: q.id, status: .unanswered, weight: q.weight))
                    continue
                }
                let risk = q.risk(for: id)
                risks.add(risk)
                weighted += q.weight * option.score
                weights += q.weight
                answered += 1
                rows.append(QuestionScore(id: q.id, status: .answered, option: id, score: option.score, weight: q.weight, risk: risk))
            case .notApplicable?:
                notApplicable += 1
                rows.append(QuestionScore(id: q.id, status: .notApplicable, weight: q.weight))
            case .skipped?:
                rows.append(QuestionScore(id: q.id, status: .skipped, weight: q.weight))
            case nil:
                rows.append(QuestionScore(id: q.id, status: .unanswered, weight: q.weight))
            }
        }
        let applicable = questions.count - notApplicable
        let principle = section.principle ?? (checklist.definesPrinciples ? section.id : nil)
        return SectionScore(
            id: section.id, checklist: checklist.id, principle: principle, weight: section.weight,
            score: weights > 0 ? weighted / weights : nil, answered: answered, applicable: applicable,
            total: questions.count, coverage: applicable > 0 ? Double(answered) / Double(applicable) : 1,
            risks: risks, questions: rows)
    }

    /// Section-weighted mean over the sections that have a score; coverage over all of them.
    static func rollUp(id: String, _ sections: [SectionScore]) -> GroupScore {
        var weighted = 0.0, weights = 0.0
        for s in sections { if let score = s.score { weighted += s.weight * score; weights += s.weight } }
        let answered = sections.reduce(0) { $0 + $1.answered }
        let applicable = sections.reduce(0) { $0 + $1.applicable }
        return GroupScore(
            id: id, score: weights > 0 ? weighted / weights : nil,
            coverage: applicable > 0 ? Double(answered) / Double(applicable) : 1,
            risks: sections.reduce(RiskCounts()) { $0 + $1.risks }, sections: sections.map(\.id))
    }

    /// The highest level whose requirements, and every lower level's, hold.
    static func level(of checklist: Checklist, answers: AnswerSheet, sections: [SectionScore], checklistScore: Double?) -> String? {
        let context = ScoreContext(checklists: [checklist], answers: answers, sections: sections, overall: checklistScore)
        var reached: String?
        for level in checklist.levels {
            let holds = level.requires.allSatisfy { $0.evaluate(in: context).truth == .true }
            if !holds { break }
            reached = level.id
        }
        return reached
    }
}
