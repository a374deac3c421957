import EngageCore
import EngageYAML
import Foundation

/// Runs an assessment for one team and respondent: one writer at a time (a lock per team and
/// respondent), autosave to a draft after every answer, and an immutable snapshot at the end.
public struct AssessmentService {
    public var store: EngagementStore
    public var clock: any EngageClock
    /// Computes the scorecard stored in a snapshot.
    public var scorer: @Sendable ([Checklist], AnswerSheet) throws -> YAMLTree?

    public init(store: EngagementStore, clock: any EngageClock, scorer: @escaping @Sendable ([Checklist], AnswerSheet) throws -> YAMLTree?) {
        self.store = store
        self.clock = clock
        self.scorer = scorer
    }

    /// What to assess and as whom.
    public struct Request: Sendable {
        public var team: String
        public var checklistIDs: [String]?
        /// Who answers; when nil, the answers file's `respondent`, else `defaultRespondent`.
        public var respondent: String?
        public var round: String?
        public var resume: Bool
        public var discardDraft: Bool
        /// Score the answers and return the snapshot without writing anything.
        public var dryRun: Bool = false

        public init(team: String, checklistIDs: [String]? = nil, respondent: String? = nil, round: String? = nil, resume: Bool = false, discardDraft: Bool = false) {
            self.team = team
            self.checklistIDs = checklistIDs
            self.respondent = respondent
            self.round = round
            self.resume = resume
            self.discardDraft = discardDraft
        }
    }

    /// The respondent when none is named: the login name as a slug, else `respondent`.
    public static var defaultRespondent: String {
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        if (try? TeamName.validate(user)) != nil { return user }
        return TeamName.suggest(user) ?? "respondent"
    }

    /// The checklists to assess: the request's, else the engagement's, else every assessment checklist.
    public func checklists(for request: Request, engagement: Engagement) throws(EngageError) -> [Checklist] {
        let ids = request.checklistIDs ?? (engagement.checklists.isEmpty ? store.library.assessments.map(\.id) : engagement.checklists)
        var result: [Checklist] = []
        for id in ids {
            guard let c = store.library.checklist(id) else {
                throw EngageError.usage("unknown checklist '\(id)'\(id.didYouMean(store.library.assessments.map(\.id))); known: \(store.library.assessments.map(\.id).joined(separator: ", "))")
            }
            result.append(c)
        }
        if result.isEmpty { throw EngageError.usage("no assessment checklists to ask") }
        return result
    }

    /// The respondent's answers in their latest snapshot, shown as "last round" when re-assessing.
    public func previousAnswers(team: String, respondent: String) -> [String: Answer] {
        guard let p = try? store.paths(team) else { return [:] }
        let snapshots = SnapshotIndex(paths: p).snapshotFiles()
        let mine = snapshots.filter { $0.hasSuffix("-\(respondent).yaml") }
        guard let latest = (mine.last ?? snapshots.last),
              let snapshot = try? SnapshotCodec.decodeSnapshot(file: latest, library: nil) else { return [:] }
        return Dictionary(snapshot.answers.answers.map { ($0.questionID, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Interactive: drives the questionnaire on `terminal`. Returns the snapshot written, or nil
    /// when the respondent quit (the draft keeps every answer).
    public func runInteractive(_ request: Request, terminal: any Terminal, language: Language) throws(EngageError) -> AssessmentSnapshot? {
        let engagement = try store.load(request.team)
        let respondent = try TeamName.validate(request.respondent ?? Self.defaultRespondent, what: "respondent name")
        var request = request
        request.respondent = respondent
        let p = try store.paths(request.team)
        let lock = try acquire(p, respondent: respondent)
        defer { lock.release() }
        var draft = try startDraft(request, respondent: respondent, engagement: engagement, paths: p)
        let checklists = try self.checklists(for: Request(team: request.team, checklistIDs: draft.checklists, respondent: respondent), engagement: engagement)
        var session = QuestionnaireSession(items: QuestionnaireItem.items(for: checklists), answers: draft.answers, previous: previousAnswers(team: request.team, respondent: respondent), resumeAt: draft.cursor)
        try saveDraft(draft, paths: p)
        let screen = QuestionnaireScreen(team: request.team, language: language, style: terminal.style, width: terminal.width)
        var written: AssessmentSnapshot?
        let outcome = try QuestionnaireRunner(terminal: terminal, screen: screen).run(&session, save: { s throws(EngageError) in
            draft.answers = s.answers
            draft.cursor = s.current?.question.id
            try saveDraft(draft, paths: p)
        }, finish: { s throws(EngageError) in
            draft.answers = s.answers
            written = try finish(draft, checklists: checklists, paths: p)
        })
        return outcome == .finished ? written : nil
    }

    /// Non-interactive: answers from a file or standard input, all checked before anything is written.
    public func runNonInteractive(_ request: Request, answersData: Data, answersFile: String, allowPartial: Bool) throws(EngageError) -> AssessmentSnapshot {
        let engagement = try store.load(request.team)
        let checklists = try self.checklists(for: request, engagement: engagement)
        let file = try AnswersFile.decode(data: answersData, file: answersFile, library: store.library, checklists: checklists, allowPartial: allowPartial)
        let respondent = try TeamName.validate(request.respondent ?? file.respondent ?? Self.defaultRespondent, what: "respondent name")
        let p = try store.paths(request.team)
        let draft = AssessmentDraft(team: request.team, respondent: respondent, round: request.round ?? file.round, startedAt: Timestamp.iso(clock.now()), checklists: checklists.map(\.id), answers: file.answers)
        if request.dryRun { return try snapshot(of: draft, checklists: checklists) }
        let lock = try acquire(p, respondent: respondent)
        defer { lock.release() }
        return try finish(draft, checklists: checklists, paths: p)
    }

    func acquire(_ p: EngagementPaths, respondent: String) throws(EngageError) -> FileLock {
        do {
            try FileManager.default.createDirectory(atPath: p.drafts, withIntermediateDirectories: true)
        } catch {
            throw EngageError("cannot create \(p.drafts): \(error.localizedDescription)", exitCode: 2)
        }
        do {
            return try FileLock.acquire(p.draftLock(respondent: respondent), who: respondent)
        } catch let failure {
            switch failure {
            case .held(let holder, _):
                throw EngageError("another assessment of '\(p.team)' by '\(respondent)' is running: \(holder?.description ?? "another process") holds \(p.draftLock(respondent: respondent)); finish or stop it first", exitCode: 1)
            case .io:
                throw EngageError(failure.description, exitCode: 2)
            }
        }
    }

    func startDraft(_ request: Request, respondent: String, engagement: Engagement, paths p: EngagementPaths) throws(EngageError) -> AssessmentDraft {
        let file = p.draft(respondent: respondent)
        let exists = FileManager.default.fileExists(atPath: file)
        if exists, request.resume {
            return try SnapshotCodec.decodeDraft(file: file, library: store.library)
        }
        if exists, !request.discardDraft {
            throw EngageError.usage("a draft assessment by '\(respondent)' exists (\(file)); continue it with --resume, or start over with --discard-draft")
        }
        if !exists, request.resume {
            throw EngageError.usage("no draft assessment by '\(respondent)' to resume (\(file)); start one without --resume")
        }
        let checklists = try self.checklists(for: request, engagement: engagement)
        return AssessmentDraft(team: request.team, respondent: respondent, round: request.round, startedAt: Timestamp.iso(clock.now()), checklists: checklists.map(\.id))
    }

    func saveDraft(_ draft: AssessmentDraft, paths p: EngagementPaths) throws(EngageError) {
        do {
            try AtomicFile.write(try SnapshotCodec.tree(draft).serialized(), to: p.draft(respondent: draft.respondent))
        } catch let e as AtomicFile.WriteError {
            throw EngageError(e.description, exitCode: 2)
        } catch {
            throw EngageError("cannot save draft: \(error)", exitCode: 2)
        }
    }

    /// Writes the immutable snapshot (never overwriting) and removes the draft.
    /// The snapshot a draft becomes now, scored.
    func snapshot(of draft: AssessmentDraft, checklists: [Checklist]) throws(EngageError) -> AssessmentSnapshot {
        let now = clock.now()
        let scores: YAMLTree?
        do { scores = try scorer(checklists, draft.answers) } catch { throw EngageError("cannot score: \(error)") }
        return AssessmentSnapshot(
            id: "\(Timestamp.compact(now))-\(draft.respondent)", team: draft.team, respondent: draft.respondent,
            round: draft.round ?? Timestamp.day(now), takenAt: Timestamp.iso(now),
            methodology: checklists.map(ChecklistStamp.init), answers: draft.answers, scores: scores)
    }

    func finish(_ draft: AssessmentDraft, checklists: [Checklist], paths p: EngagementPaths) throws(EngageError) -> AssessmentSnapshot {
        let snapshot = try snapshot(of: draft, checklists: checklists)
        let file = "\(p.assessments)/\(snapshot.id).yaml"
        do {
            try FileManager.default.createDirectory(atPath: p.assessments, withIntermediateDirectories: true)
            try AtomicFile.create(try SnapshotCodec.tree(snapshot).serialized(), at: file)
        } catch let e as AtomicFile.WriteError {
            throw EngageError(e.description, exitCode: 2)
        } catch {
            throw EngageError("cannot write snapshot: \(error)", exitCode: 2)
        }
        try? FileManager.default.removeItem(atPath: p.draft(respondent: draft.respondent))
        var written = snapshot
        written.location = SourceLocation(file: file)
        return written
    }
}
