import EngageCore

/// Compares two snapshots taken with possibly different checklist versions. When any checklist's
/// content hash differs, the comparison marks a methodology boundary and both snapshots are
/// rescored on the questions they share unchanged (same id, same scoring-relevant content), so an
/// edited checklist is never reported as progress.
public struct MethodologyComparison: Sendable, Hashable {
    /// Any checklist's content hash differs (or the checklists assessed differ).
    public var boundary: Bool
    /// Questions present in both with identical canonical content.
    public var shared: Set<String>
    /// Questions whose scoring changed, or that exist in one snapshot only.
    public var changed: Set<String>
    public var before: Scorecard
    public var after: Scorecard

    /// Change in the overall score on comparable questions.
    public var overallDelta: Double? { Self.delta(before.overall.score, after.overall.score) }

    public func principleDelta(_ id: String) -> Double? {
        Self.delta(before.principle(id)?.score, after.principle(id)?.score)
    }

    public func sectionDelta(_ id: String) -> Double? {
        Self.delta(before.section(id)?.score, after.section(id)?.score)
    }

    static func delta(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return b - a
    }

    /// - Parameters:
    ///   - beforeHashes/afterHashes: per checklist id, its content hash and per-question hashes.
    ///   - checklists: the current checklists, used to rescore shared questions (their content
    ///     is identical in both versions by construction).
    public init(
        beforeHashes: [String: (content: String, questions: [String: String])], beforeAnswers: AnswerSheet,
        afterHashes: [String: (content: String, questions: [String: String])], afterAnswers: AnswerSheet,
        checklists: [Checklist]
    ) {
        let ids = Set(beforeHashes.keys).union(afterHashes.keys)
        boundary = ids.contains { beforeHashes[$0]?.content != afterHashes[$0]?.content }
        var shared = Set<String>(), changed = Set<String>()
        for id in ids {
            let a = beforeHashes[id]?.questions ?? [:], b = afterHashes[id]?.questions ?? [:]
            for q in Set(a.keys).union(b.keys) {
                if let ha = a[q], let hb = b[q], ha == hb { shared.insert(q) } else { changed.insert(q) }
            }
        }
        let current = Set(checklists.flatMap { $0.questions.map(\.id) })
        shared.formIntersection(current)
        self.shared = shared
        self.changed = changed
        let used = checklists.filter { ids.contains($0.id) }
        let filter: Set<String>? = boundary ? shared : nil
        before = Scorer.score(checklists: used, answers: beforeAnswers, including: filter)
        after = Scorer.score(checklists: used, answers: afterAnswers, including: filter)
    }
}
