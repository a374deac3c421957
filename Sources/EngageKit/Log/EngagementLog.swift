import EngageCore
import Foundation

/// The commands that change `engagement.yaml`: task status, decisions, SLOs, fires, close. Each
/// validates its input against the guide and catalogue first and writes nothing on error.
public struct EngagementLog: Sendable {
    public var store: EngagementStore
    public var clock: any EngageClock

    public init(store: EngagementStore, clock: any EngageClock) {
        self.store = store
        self.clock = clock
    }

    var today: String { Timestamp.day(clock.now()) }

    /// `task TEAM ID done|open [--note]`.
    @discardableResult
    public func setTask(team: String, id: String, status: TaskStatus, note: String?) throws(EngageError) -> Engagement {
        try store.update(team) { (e: inout Engagement) throws(EngageError) in
            try Self.refuseIfClosed(e, action: "change tasks")
            guard e.setTask(id, status: status, date: today, note: note) else {
                let known = e.phases.flatMap { $0.tasks.map(\.id) }
                throw EngageError.usage("unknown task '\(id)'\(id.didYouMean(known)); see `sre-engage guide \(team)` for task ids")
            }
        }
    }

    /// `decide TEAM "decision" --why "reasoning" [--phase] [--stressor]`.
    @discardableResult
    public func decide(team: String, decision: String, why: String, phase: String?, stressor: String?, date: String? = nil) throws(EngageError) -> Engagement {
        let d = decision.trimmingCharacters(in: .whitespacesAndNewlines)
        let w = why.trimmingCharacters(in: .whitespacesAndNewlines)
        if d.isEmpty { throw EngageError.usage("the decision must not be empty") }
        if w.isEmpty { throw EngageError.usage("--why must explain the reasoning; the report is built from it") }
        if let date, CalendarDate(date) == nil { throw EngageError.usage("--date '\(date)' is not a date (YYYY-MM-DD)") }
        if let phase, let guide = store.library.guide, !guide.phases.contains(where: { $0.id == phase }) {
            throw EngageError.usage("unknown phase '\(phase)'\(phase.didYouMean(guide.phases.map(\.id))); phases: \(guide.phases.map(\.id).joined(separator: ", "))")
        }
        if let stressor, let catalog = store.library.stressors, catalog.stressor(stressor) == nil {
            throw EngageError.usage("unknown stressor '\(stressor)'\(stressor.didYouMean(catalog.stressors.map(\.id)))")
        }
        return try store.update(team) { (e: inout Engagement) throws(EngageError) in
            try Self.refuseIfClosed(e, action: "add decisions")
            let phaseID = phase ?? Self.currentPhase(e, guide: store.library.guide)
            e.decisions.append(Decision(date: date ?? today, phase: phaseID, decision: d, why: w, stressor: stressor))
        }
    }

    /// `slo TEAM add --service … [--objective] [--window] [--sli] [--file]`.
    @discardableResult
    public func addSLO(team: String, record: SLORecord) throws(EngageError) -> Engagement {
        if record.service.trimmingCharacters(in: .whitespaces).isEmpty { throw EngageError.usage("--service must not be empty") }
        if let o = record.objective, !(o > 0 && o < 100) { throw EngageError.usage("--objective \(o.compactString) is out of range (0 < objective < 100, in percent)") }
        if record.objective == nil, record.file == nil { throw EngageError.usage("give --objective (and --window, --sli) or --file pointing at an SLO spec") }
        if let file = record.file {
            let p = try store.paths(team)
            let path = file.hasPrefix("/") ? file : p.folder + "/" + file
            if !FileManager.default.fileExists(atPath: path) { throw EngageError.usage("--file '\(file)' not found (paths are relative to \(p.folder))") }
        }
        return try store.update(team) { (e: inout Engagement) throws(EngageError) in
            var r = record
            r.date = r.date ?? today
            e.slos.append(r)
        }
    }

    /// `fire TEAM "title" --toil|--not-toil --why`.
    @discardableResult
    public func addFire(team: String, title: String, toil: Bool, why: String) throws(EngageError) -> Engagement {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw EngageError.usage("the fire's title must not be empty") }
        if why.trimmingCharacters(in: .whitespaces).isEmpty { throw EngageError.usage("--why must say why it is (or is not) toil") }
        return try store.update(team) { (e: inout Engagement) throws(EngageError) in
            e.fires.append(FireRecord(title: title, toil: toil, why: why, date: today))
        }
    }

    /// `close TEAM [--force --reason]`: refuses while exit criteria are open, unless forced with a reason.
    @discardableResult
    public func close(team: String, force: Bool, reason: String?, followUpDays: Int = 90) throws(EngageError) -> Engagement {
        try store.update(team) { (e: inout Engagement) throws(EngageError) in
            if let closure = e.closure {
                throw EngageError.usage("engagement '\(team)' was already closed on \(closure.date)")
            }
            let exitIDs = Set(store.library.guide?.phases.flatMap { $0.exitCriteria.map(\.id) } ?? [])
            let open = e.phases.flatMap(\.tasks).filter { exitIDs.contains($0.id) && $0.status == .open }.map(\.id)
            if !open.isEmpty, !force {
                throw EngageError("cannot close '\(team)': \(open.count) exit criteri\(open.count == 1 ? "on is" : "a are") open: \(open.joined(separator: ", ")); mark them done with `sre-engage task \(team) ID done`, or close with --force --reason \"…\"")
            }
            if !open.isEmpty, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw EngageError.usage("--force needs --reason: say why the engagement closes with open exit criteria")
            }
            let day = today
            let followUp = CalendarDate(day).map { $0.adding(days: followUpDays).description }
            e.closure = Closure(date: day, forcedReason: open.isEmpty ? nil : reason, openCriteria: open, followUp: followUp)
        }
    }

    static func refuseIfClosed(_ e: Engagement, action: String) throws(EngageError) {
        if let c = e.closure { throw EngageError.usage("engagement '\(e.team)' is closed (\(c.date)); cannot \(action)") }
    }

    /// The first phase with an open task or exit criterion; the last phase when all are done.
    public static func currentPhase(_ e: Engagement, guide: Guide?) -> String? {
        e.phases.first { $0.tasks.contains { $0.status == .open } }?.id ?? e.phases.last?.id
    }
}
