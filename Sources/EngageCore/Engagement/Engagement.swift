/// An embedded engagement with one team: who, what, the guide's progress, and the decisions log
/// (`engagements/TEAM/engagement.yaml`).
public struct Engagement: Sendable, Hashable, Codable {
    public var team: String
    public var service: String?
    /// Services in scope; the SLO collector flags those without an SLO.
    public var services: [String]
    /// The embedded SRE (the guide says: at most one per team).
    public var sre: String?
    /// `YYYY-MM-DD`.
    public var start: String
    /// `new-service` (prepare for explosive growth) or `small-critical` (reliability first).
    public var stage: String?
    public var scope: String?
    public var goals: [String]
    /// Assessment checklists used by default.
    public var checklists: [String]
    public var phases: [PhaseRecord]
    public var decisions: [Decision]
    public var slos: [SLORecord]
    public var fires: [FireRecord]
    /// Declared components for the truck factor: name → path prefixes.
    public var components: [String: [String]]
    /// Developer aliases for the truck factor: alias e-mail → canonical e-mail.
    public var aliases: [String: String]
    /// Evidence collector settings (`timezone`, `working_hours`, …; see docs/evidence-formats.md).
    public var evidence: [String: String] = [:]
    public var closure: Closure?

    public init(
        team: String, service: String? = nil, services: [String] = [], sre: String? = nil, start: String,
        stage: String? = nil, scope: String? = nil, goals: [String] = [], checklists: [String] = [],
        phases: [PhaseRecord] = [], decisions: [Decision] = [], slos: [SLORecord] = [], fires: [FireRecord] = [],
        components: [String: [String]] = [:], aliases: [String: String] = [:], closure: Closure? = nil
    ) {
        self.team = team
        self.service = service
        self.services = services
        self.sre = sre
        self.start = start
        self.stage = stage
        self.scope = scope
        self.goals = goals
        self.checklists = checklists
        self.phases = phases
        self.decisions = decisions
        self.slos = slos
        self.fires = fires
        self.components = components
        self.aliases = aliases
        self.closure = closure
    }

    /// Every service in scope: `service` first, then `services`, without repeats.
    public var allServices: [String] {
        var seen = Set<String>()
        return ([service].compactMap { $0 } + services).filter { seen.insert($0).inserted }
    }

    public func task(_ id: String) -> TaskRecord? {
        phases.lazy.flatMap(\.tasks).first { $0.id == id }
    }

    /// Sets a task's status; returns false when the engagement does not track that id.
    public mutating func setTask(_ id: String, status: TaskStatus, date: String, note: String?) -> Bool {
        for p in phases.indices {
            if let t = phases[p].tasks.firstIndex(where: { $0.id == id }) {
                phases[p].tasks[t].status = status
                phases[p].tasks[t].date = date
                if let note { phases[p].tasks[t].note = note }
                return true
            }
        }
        return false
    }

    /// A new engagement with every task and exit criterion of the guide open.
    public static func new(team: String, service: String?, sre: String?, start: String, guide: Guide?, checklists: [String]) -> Engagement {
        let phases = guide?.phases.map { phase in
            PhaseRecord(id: phase.id, tasks: phase.trackedItems.map { TaskRecord(id: $0.id) })
        } ?? []
        return Engagement(team: team, service: service, services: [], sre: sre, start: start, checklists: checklists, phases: phases)
    }
}
