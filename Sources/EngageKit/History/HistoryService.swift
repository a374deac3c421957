import EngageAnalysis
import EngageCore
import EngageYAML

/// Computes a team's score history with the methodology guard.
public struct HistoryService: Sendable {
    public var store: EngagementStore

    public init(store: EngagementStore) {
        self.store = store
    }

    public func history(team: String, checklist: String? = nil) throws(EngageError) -> HistoryResult {
        let engagement = try store.load(team)
        if let checklist, store.library.checklist(checklist) == nil {
            throw EngageError.usage("unknown checklist '\(checklist)'\(checklist.didYouMean(store.library.assessments.map(\.id)))")
        }
        let snapshots = try ScoreService(store: store).snapshots(team: team)
        var rows: [HistoryRow] = []
        var previous: AssessmentSnapshot?
        var principleOrder: [String] = []
        for s in snapshots {
            let ids = s.checklistIDs.filter { checklist == nil || $0 == checklist }
            if ids.isEmpty { continue }
            let card = scorecard(of: s, ids: ids)
            for p in card.principles where !principleOrder.contains(p.id) { principleOrder.append(p.id) }
            var row = HistoryRow(
                snapshot: s.id, takenAt: s.takenAt, respondent: s.respondent, round: s.round, overall: card.overall.score,
                principles: Dictionary(card.principles.compactMap { p in p.score.map { (p.id, $0) } }, uniquingKeysWith: { a, _ in a }),
                delta: nil, principleDeltas: [:], boundary: false, sharedQuestions: nil,
                followUp: engagement.closure.map { s.takenAt.prefix(10) > $0.date } ?? false)
            if let prev = previous {
                let cmp = comparison(prev, s, ids: ids)
                row.boundary = cmp.boundary
                row.sharedQuestions = cmp.boundary ? cmp.shared.count : nil
                row.delta = cmp.overallDelta
                for p in cmp.after.principles { if let d = cmp.principleDelta(p.id) { row.principleDeltas[p.id] = d } }
            }
            rows.append(row)
            previous = s
        }
        var regressions: [Regression] = []
        var exitRound: String?
        if let closure = engagement.closure {
            let before = snapshots.filter { $0.takenAt.prefix(10) <= closure.date }
            let after = snapshots.filter { $0.takenAt.prefix(10) > closure.date }
            exitRound = before.last?.round
            if let exitRound, let latest = after.last {
                let exit = before.filter { $0.round == exitRound }
                let followUp = after.filter { $0.round == latest.round }
                let ids = Array(Set(exit.flatMap(\.checklistIDs) + followUp.flatMap(\.checklistIDs))).filter { checklist == nil || $0 == checklist }.sorted()
                let cmp = comparison(combined(exit, ids: ids), combined(followUp, ids: ids), ids: ids)
                regressions = RegressionCheck.regressions(cmp, checklists: ids.compactMap(store.library.checklist))
            }
        }
        return HistoryResult(team: team, checklist: checklist, principles: principleOrder, rows: rows, exitRound: exitRound, regressions: regressions)
    }

    /// The scorecard recorded in the snapshot when its methodology differs from today's
    /// checklists (so a row shows what was measured then); otherwise computed now.
    func scorecard(of s: AssessmentSnapshot, ids: [String]) -> Scorecard {
        let current = ids.allSatisfy { id in s.methodology.first { $0.id == id }?.contentHash == store.library.checklist(id)?.contentHash }
        if !current, ids.count == s.checklistIDs.count, let stored = try? s.scores?.decode(Scorecard.self) { return stored }
        return Scorer.score(checklists: ids.compactMap(store.library.checklist), answers: s.answers)
    }

    func hashes(_ s: AssessmentSnapshot, ids: [String]) -> [String: (content: String, questions: [String: String])] {
        var out: [String: (content: String, questions: [String: String])] = [:]
        for stamp in s.methodology where ids.contains(stamp.id) { out[stamp.id] = (stamp.contentHash, stamp.questions) }
        return out
    }

    func comparison(_ a: AssessmentSnapshot, _ b: AssessmentSnapshot, ids: [String]) -> MethodologyComparison {
        MethodologyComparison(beforeHashes: hashes(a, ids: ids), beforeAnswers: a.answers, afterHashes: hashes(b, ids: ids), afterAnswers: b.answers, checklists: ids.compactMap(store.library.checklist))
    }

    /// A round's snapshots merged into one (median answers; the first snapshot's methodology).
    func combined(_ snapshots: [AssessmentSnapshot], ids: [String]) -> AssessmentSnapshot {
        guard var first = snapshots.first else { return AssessmentSnapshot(id: "", team: "", respondent: "", round: "", takenAt: "", methodology: [], answers: AnswerSheet()) }
        if snapshots.count > 1 {
            first.answers = RoundCombiner.combine(snapshots.map { ($0.respondent, $0.answers) }, checklists: ids.compactMap(store.library.checklist)).answers
        }
        return first
    }
}
