import EngageCore

/// Compares a follow-up assessment (after `close`) with the exit snapshot and lists what went
/// down: the overall score, principles and sections whose score fell, and questions whose answer
/// moved down the scale. Works on a `MethodologyComparison`, so a changed checklist cannot fake a
/// regression either.
public enum RegressionCheck {
    public static func regressions(_ comparison: MethodologyComparison, checklists: [Checklist], tolerance: Double = 0.05) -> [Regression] {
        var out: [Regression] = []
        func fmt(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "-" }
        if let d = comparison.overallDelta, d < -tolerance {
            out.append(Regression(scope: .overall, id: "overall", before: fmt(comparison.before.overall.score), after: fmt(comparison.after.overall.score), delta: d))
        }
        for p in comparison.after.principles {
            if let d = comparison.principleDelta(p.id), d < -tolerance {
                out.append(Regression(scope: .principle, id: p.id, before: fmt(comparison.before.principle(p.id)?.score), after: fmt(p.score), delta: d))
            }
        }
        for s in comparison.after.sections {
            if let d = comparison.sectionDelta(s.id), d < -tolerance {
                out.append(Regression(scope: .section, id: s.id, before: fmt(comparison.before.section(s.id)?.score), after: fmt(s.score), delta: d))
            }
        }
        let questions = Dictionary(checklists.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for s in comparison.after.sections {
            for q in s.questions {
                guard let b = comparison.before.question(q.id), let question = questions[q.id],
                      let ob = b.option, let oa = q.option,
                      let sb = question.step(of: ob), let sa = question.step(of: oa), sa < sb else { continue }
                out.append(Regression(scope: .question, id: q.id, before: ob, after: oa, delta: (q.score ?? 0) - (b.score ?? 0)))
            }
        }
        return out
    }
}
