import EngageAnalysis
import EngageCore
import Foundation

/// Reads an engagement's snapshots and scores a round (or one snapshot) with the current checklists.
public struct ScoreService: Sendable {
    public var store: EngagementStore

    public init(store: EngagementStore) {
        self.store = store
    }

    /// Every snapshot of the team, oldest first.
    public func snapshots(team: String) throws(EngageError) -> [AssessmentSnapshot] {
        let p = try store.paths(team)
        _ = try store.load(team)
        var result: [AssessmentSnapshot] = []
        var problems: [Diagnostic] = []
        for file in SnapshotIndex(paths: p).snapshotFiles() {
            do { result.append(try SnapshotCodec.decodeSnapshot(file: file, library: nil)) } catch { problems += error.diagnostics }
        }
        if !problems.isEmpty { throw EngageError(problems) }
        return result.sorted { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }
    }

    /// Rounds in time order (by their first snapshot), each with its snapshots.
    public func rounds(team: String) throws(EngageError) -> [(round: String, snapshots: [AssessmentSnapshot])] {
        var order: [String] = []
        var byRound: [String: [AssessmentSnapshot]] = [:]
        for s in try snapshots(team: team) {
            if byRound[s.round] == nil { order.append(s.round) }
            byRound[s.round, default: []].append(s)
        }
        return order.map { ($0, byRound[$0] ?? []) }
    }

    /// Scores one snapshot, one named round, or (by default) the latest round.
    public func score(team: String, snapshot: String? = nil, round: String? = nil) throws(EngageError) -> RoundScore {
        let all = try snapshots(team: team)
        if all.isEmpty { throw EngageError.usage("no assessments for '\(team)' yet; run `sre-engage assess \(team)`") }
        let chosen: [AssessmentSnapshot]
        if let snapshot {
            guard let s = all.first(where: { $0.id == snapshot || $0.id.hasPrefix(snapshot) }) else {
                throw EngageError.usage("no snapshot '\(snapshot)'\(snapshot.didYouMean(all.map(\.id))); snapshots: \(all.map(\.id).joined(separator: ", "))")
            }
            chosen = [s]
        } else {
            let name = round ?? all.last!.round
            chosen = all.filter { $0.round == name }
            if chosen.isEmpty {
                let names = Array(Set(all.map(\.round))).sorted()
                throw EngageError.usage("no round '\(name)'\(name.didYouMean(names)); rounds: \(names.joined(separator: ", "))")
            }
        }
        return combine(team: team, chosen)
    }

    /// Combines snapshots of one round into a team scorecard.
    public func combine(team: String, _ chosen: [AssessmentSnapshot]) -> RoundScore {
        var ids: [String] = []
        for s in chosen { for id in s.checklistIDs where !ids.contains(id) { ids.append(id) } }
        let checklists = ids.compactMap(store.library.checklist)
        let latest = chosen.sorted { $0.takenAt < $1.takenAt }
        var byRespondent: [String: AssessmentSnapshot] = [:]
        for s in latest { byRespondent[s.respondent] = s }
        let sheets = byRespondent.keys.sorted().map { (respondent: $0, answers: byRespondent[$0]!.answers) }
        let combined = RoundCombiner.combine(sheets, checklists: checklists)
        let card = Scorer.score(checklists: checklists, answers: sheets.count == 1 ? sheets[0].answers : combined.answers)
        let changed = chosen.filter { s in s.methodology.contains { stamp in store.library.checklist(stamp.id)?.contentHash != stamp.contentHash } }.map(\.id)
        return RoundScore(
            team: team, round: chosen.first?.round ?? "", snapshots: chosen.map(\.id), respondents: sheets.map(\.respondent),
            checklists: ids, scorecard: card, disagreements: combined.disagreements, methodologyChanged: changed)
    }
}
