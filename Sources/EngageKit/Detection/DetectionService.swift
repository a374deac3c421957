import EngageAnalysis
import EngageCore
import EngageEvidence
import EngageGit
import EngageYAML
import Foundation

/// `detect`: facts from the latest assessment round (including respondents' disagreements), the
/// engagement's evidence and optionally a git repository, evaluated against the stressor
/// catalogue; the result is saved as a dated detection snapshot.
public struct DetectionService: Sendable {
    public var store: EngagementStore
    public var checklistsPath: String
    public var clock: any EngageClock
    /// Evidence collector settings from the command line (`key=value`).
    public var settings: [String] = []

    public init(store: EngagementStore, checklistsPath: String, clock: any EngageClock) {
        self.store = store
        self.checklistsPath = checklistsPath
        self.clock = clock
    }

    public struct Request: Sendable {
        public var team: String
        /// Evidence paths; default: the engagement's evidence folder.
        public var evidence: [String]
        /// Git repositories to read for knowledge silos.
        public var repositories: [String]
        public var save: Bool

        public init(team: String, evidence: [String] = [], repositories: [String] = [], save: Bool = true) {
            self.team = team
            self.evidence = evidence
            self.repositories = repositories
            self.save = save
        }
    }

    public func detect(_ request: Request, extraFacts: FactSet = FactSet()) throws(EngageError) -> (snapshot: DetectionSnapshot, file: String?) {
        guard let catalog = store.library.stressors else { throw EngageError.usage("no stressor catalogue in the checklists folder") }
        let engagement = try store.load(request.team)
        let p = try store.paths(request.team)
        var facts = FactSet()
        var answers = AnswerSheet()
        var checklists: [Checklist] = []
        var round: String?
        var scorecard: Scorecard?
        let scoring = ScoreService(store: store)
        if let latest = try scoring.rounds(team: request.team).last {
            let result = scoring.combine(team: request.team, latest.snapshots)
            round = result.round
            checklists = result.checklists.compactMap(store.library.checklist)
            scorecard = result.scorecard
            let sheets = latest.snapshots.map { (respondent: $0.respondent, answers: $0.answers) }
            answers = sheets.count == 1 ? sheets[0].answers : RoundCombiner.combine(sheets, checklists: checklists).answers
            if sheets.count > 1 {
                facts.insert(RoundCombiner.disagreementFact(result.disagreements, evidenceFiles: latest.snapshots.compactMap { $0.location?.file ?? "\(p.assessments)/\($0.id).yaml" }))
            }
            facts.insert(RoundCombiner.coverageFact(result.scorecard))
        }
        let paths = request.evidence.isEmpty ? (FileManager.default.fileExists(atPath: p.evidence) ? [p.evidence] : []) : request.evidence
        if !paths.isEmpty {
            let scan = try EvidenceService(checklistsPath: checklistsPath, settings: settings).scan(paths: paths, engagement: engagement)
            facts.merge(scan.facts)
        }
        facts.merge(extraFacts)
        let context = ScoreContext(checklists: checklists.isEmpty ? store.library.assessments : checklists, answers: answers, scorecard: scorecard, facts: facts)
        let findings = Detector.detect(catalog: catalog, context: context)
        let snapshot = DetectionSnapshot(team: request.team, takenAt: Timestamp.iso(clock.now()), round: round, evidence: paths, facts: facts.sorted, findings: findings)
        guard request.save else { return (snapshot, nil) }
        let file = "\(p.detections)/\(Timestamp.compact(clock.now())).yaml"
        do {
            try FileManager.default.createDirectory(atPath: p.detections, withIntermediateDirectories: true)
            try AtomicFile.create(try DetectionSnapshotCodec.tree(snapshot).serialized(), at: file)
        } catch let e as AtomicFile.WriteError {
            throw EngageError(e.description, exitCode: 2)
        } catch {
            throw EngageError("cannot write detection snapshot: \(error)", exitCode: 2)
        }
        return (snapshot, file)
    }

    /// Reads every detection snapshot of a team, oldest first.
    public func history(team: String) throws(EngageError) -> [(file: String, snapshot: DetectionSnapshot)] {
        let p = try store.paths(team)
        var out: [(String, DetectionSnapshot)] = []
        var problems: [Diagnostic] = []
        for file in SnapshotIndex(paths: p).detectionFiles() {
            do { out.append((file, try DetectionSnapshotCodec.decode(file: file))) } catch { problems += error.diagnostics }
        }
        if !problems.isEmpty { throw EngageError(problems) }
        return out
    }
}
