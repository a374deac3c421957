import EngageCore

/// Reads `engagement.yaml` with positioned diagnostics, checking it against the loaded guide and
/// checklists when given.
public enum EngagementDecoder {
    static let keys = ["schema", "kind", "team", "service", "services", "sre", "start", "stage", "scope", "goals", "checklists", "phases", "decisions", "slos", "fires", "components", "aliases", "evidence", "closure"]

    public static func decode(_ root: YAMLValue, library: ChecklistLibrary? = nil) -> Engagement? {
        let sink = root.sink
        guard let m = root.mapping("an engagement file") else { return nil }
        m.rejectUnknownKeys(keys, in: "engagement")
        if let schema = m.required("schema", in: "engagement")?.integer("schema"), schema != 1 {
            sink.error("unsupported schema \(schema); this sre-engage reads schema 1", at: m.optional("schema")?.location)
        }
        if let kind = m.required("kind", in: "engagement"), let k = kind.string("kind"), k != "engagement" {
            sink.error("expected kind 'engagement', found '\(k)'", at: kind.location)
        }
        let team = m.required("team", in: "engagement")?.slug("team")
        let start = m.required("start", in: "engagement").flatMap { date($0, "start") }
        let phases = m.optional("phases")?.list("phases") { phase($0, "phases[\($1)]", library: library) } ?? []
        let decisions = m.optional("decisions")?.list("decisions") { decision($0, "decisions[\($1)]", library: library) } ?? []
        let slos = m.optional("slos")?.list("slos") { slo($0, "slos[\($1)]") } ?? []
        let fires = m.optional("fires")?.list("fires") { fire($0, "fires[\($1)]") } ?? []
        var components: [String: [String]] = [:]
        if let c = m.optional("components")?.mapping("components") {
            for entry in c.entries { components[entry.key] = entry.value.strings("components.\(entry.key)") ?? [] }
        }
        var aliases: [String: String] = [:]
        if let a = m.optional("aliases")?.mapping("aliases") {
            for entry in a.entries { if let v = entry.value.text("aliases.\(entry.key)") { aliases[entry.key] = v } }
        }
        var evidence: [String: String] = [:]
        if let ev = m.optional("evidence")?.mapping("evidence") {
            for entry in ev.entries {
                if case .sequence = entry.value.node {
                    evidence[entry.key] = entry.value.strings("evidence.\(entry.key)")?.joined(separator: ",")
                } else if let v = entry.value.string("evidence.\(entry.key)") {
                    evidence[entry.key] = v
                }
            }
        }
        var closure: Closure?
        if let c = m.optional("closure")?.mapping("closure") {
            c.rejectUnknownKeys(["date", "forced_reason", "open_criteria", "follow_up"], in: "closure")
            if let d = c.required("date", in: "closure").flatMap({ date($0, "closure.date") }) {
                closure = Closure(
                    date: d, forcedReason: c.optional("forced_reason")?.text("closure.forced_reason"),
                    openCriteria: c.optional("open_criteria")?.strings("closure.open_criteria") ?? [],
                    followUp: c.optional("follow_up").flatMap { date($0, "closure.follow_up") })
            }
        }
        let checklists = m.optional("checklists")?.strings("checklists") ?? []
        if let library, let value = m.optional("checklists") {
            for id in checklists where library.checklist(id) == nil {
                sink.error("unknown checklist '\(id)'\(id.didYouMean(library.assessments.map(\.id)))", at: value.location)
            }
        }
        guard let team, let start else { return nil }
        var engagement = Engagement(
            team: team, service: m.optional("service")?.text("service"),
            services: m.optional("services")?.strings("services") ?? [],
            sre: m.optional("sre")?.text("sre"), start: start,
            stage: m.optional("stage")?.text("stage"), scope: m.optional("scope")?.text("scope"),
            goals: m.optional("goals")?.strings("goals") ?? [], checklists: checklists,
            phases: phases, decisions: decisions, slos: slos, fires: fires,
            components: components, aliases: aliases, closure: closure)
        engagement.evidence = evidence
        return engagement
    }

    /// A `YYYY-MM-DD` date.
    public static func date(_ value: YAMLValue, _ what: String) -> String? {
        guard let s = value.string(what) else { return nil }
        guard CalendarDate(s) != nil else {
            value.sink.error("\(what) '\(s)' is not a date (YYYY-MM-DD)", at: value.location)
            return nil
        }
        return s
    }

    static func phase(_ value: YAMLValue, _ what: String, library: ChecklistLibrary?) -> PhaseRecord? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "tasks"], in: "phase")
        let id = m.required("id", in: "phase")?.slug("phase id")
        if let id, let guide = library?.guide, !guide.phases.contains(where: { $0.id == id }) {
            value.sink.error("unknown phase '\(id)'\(id.didYouMean(guide.phases.map(\.id)))", at: m.optional("id")?.location)
        }
        let tasks = m.optional("tasks")?.list("\(what).tasks") { t, i -> TaskRecord? in
            let w = "\(what).tasks[\(i)]"
            guard let tm = t.mapping(w) else { return nil }
            tm.rejectUnknownKeys(["id", "status", "date", "note"], in: "task")
            let tid = tm.required("id", in: "task")?.slug("task id")
            if let tid, let guide = library?.guide, guide.item(tid) == nil {
                t.sink.error("unknown guide task '\(tid)'\(tid.didYouMean(guide.phases.flatMap { $0.trackedItems.map(\.id) }))", at: tm.optional("id")?.location)
            }
            var status: TaskStatus?
            if let sv = tm.required("status", in: "task"), let s = sv.string("status") {
                status = TaskStatus(rawValue: s)
                if status == nil { t.sink.error("unknown status '\(s)'; use open or done\(s.didYouMean(["open", "done"]))", at: sv.location) }
            }
            guard let tid, let status else { return nil }
            return TaskRecord(id: tid, status: status, date: tm.optional("date").flatMap { date($0, "\(w).date") }, note: tm.optional("note")?.text("\(w).note"))
        } ?? []
        guard let id else { return nil }
        return PhaseRecord(id: id, tasks: tasks)
    }

    static func decision(_ value: YAMLValue, _ what: String, library: ChecklistLibrary?) -> Decision? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["date", "phase", "decision", "why", "stressor"], in: "decision")
        let d = m.required("date", in: "decision").flatMap { date($0, "\(what).date") }
        let text = m.required("decision", in: "decision")?.text("\(what).decision")
        let why = m.required("why", in: "decision")?.text("\(what).why")
        let phase = m.optional("phase")?.slug("\(what).phase")
        if let phase, let guide = library?.guide, !guide.phases.contains(where: { $0.id == phase }) {
            value.sink.error("unknown phase '\(phase)'\(phase.didYouMean(guide.phases.map(\.id)))", at: m.optional("phase")?.location)
        }
        let stressor = m.optional("stressor")?.slug("\(what).stressor")
        if let stressor, let catalog = library?.stressors, catalog.stressor(stressor) == nil {
            value.sink.error("unknown stressor '\(stressor)'\(stressor.didYouMean(catalog.stressors.map(\.id)))", at: m.optional("stressor")?.location)
        }
        guard let d, let text, let why else { return nil }
        return Decision(date: d, phase: phase, decision: text, why: why, stressor: stressor)
    }

    static func slo(_ value: YAMLValue, _ what: String) -> SLORecord? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["service", "sli", "objective", "window", "file", "date"], in: "slo")
        let service = m.required("service", in: "slo")?.text("\(what).service")
        let objective = m.optional("objective")?.number("\(what).objective")
        if let objective, !(objective > 0 && objective < 100) {
            value.sink.error("\(what).objective \(objective.compactString) is out of range (0 < objective < 100, in percent)", at: m.optional("objective")?.location)
        }
        guard let service else { return nil }
        return SLORecord(
            service: service, sli: m.optional("sli")?.text("\(what).sli"), objective: objective,
            window: m.optional("window")?.text("\(what).window"), file: m.optional("file")?.text("\(what).file"),
            date: m.optional("date").flatMap { date($0, "\(what).date") })
    }

    static func fire(_ value: YAMLValue, _ what: String) -> FireRecord? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["title", "toil", "why", "date"], in: "fire")
        let title = m.required("title", in: "fire")?.text("\(what).title")
        let toil = m.required("toil", in: "fire")?.bool("\(what).toil")
        let why = m.required("why", in: "fire")?.text("\(what).why")
        guard let title, let toil, let why else { return nil }
        return FireRecord(title: title, toil: toil, why: why, date: m.optional("date").flatMap { date($0, "\(what).date") })
    }
}
