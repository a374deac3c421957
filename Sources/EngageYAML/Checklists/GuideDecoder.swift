import EngageCore

/// Decodes `kind: guide` files (the embedded-engagement guide).
enum GuideDecoder {
    static let topKeys = ["schema", "id", "kind", "version", "title", "description", "source", "staffing", "phases", "outcomes"]

    static func decode(_ m: YAMLMapping, file: String) -> Guide? {
        m.rejectUnknownKeys(topKeys, in: "guide")
        let id = m.required("id", in: "guide")?.slug("guide id")
        let title = m.required("title", in: "guide")?.localized("title")
        let phases = m.required("phases", in: "guide")?.list("phases", nonEmpty: true) { phase($0, "phases[\($1)]") } ?? []
        let outcomes = m.optional("outcomes")?.list("outcomes") { item($0, "outcomes[\($1)]") } ?? []
        var staffing: Staffing?
        if let s = m.optional("staffing"), let sm = s.mapping("staffing") {
            sm.rejectUnknownKeys(["max_embedded_sres", "why", "source"], in: "staffing")
            let max = sm.required("max_embedded_sres", in: "staffing")?.integer("max_embedded_sres")
            if let max, max < 1 { s.sink.error("max_embedded_sres must be 1 or more", at: sm.optional("max_embedded_sres")?.location) }
            let why = sm.required("why", in: "staffing")?.localized("staffing.why")
            if let max, max >= 1, let why {
                staffing = Staffing(maxEmbeddedSREs: max, why: why, source: sm.optional("source")?.sourceReference("staffing.source"))
            }
        }
        guard let id, let title else { return nil }
        return Guide(
            id: id, version: m.optional("version")?.text("version") ?? "1", title: title,
            description: m.optional("description")?.localized("description"),
            source: m.optional("source")?.sourceReference("source"),
            staffing: staffing, phases: phases, outcomes: outcomes,
            location: SourceLocation(file: file))
    }

    static func phase(_ value: YAMLValue, _ what: String) -> GuidePhase? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "title", "goal", "tasks", "exit_criteria", "notes", "source"], in: "phase")
        let id = m.required("id", in: "phase")?.slug("phase id")
        let title = m.required("title", in: "phase")?.localized("\(what).title")
        let tasks = m.optional("tasks")?.list("\(what).tasks") { item($0, "\(what).tasks[\($1)]") } ?? []
        let exits = m.optional("exit_criteria")?.list("\(what).exit_criteria") { item($0, "\(what).exit_criteria[\($1)]") } ?? []
        let notes = m.optional("notes")?.list("\(what).notes") { item($0, "\(what).notes[\($1)]") } ?? []
        guard let id, let title else { return nil }
        return GuidePhase(
            id: id, title: title, goal: m.optional("goal")?.localized("\(what).goal"),
            tasks: tasks, exitCriteria: exits, notes: notes,
            source: m.optional("source")?.sourceReference("\(what).source"), location: m.location)
    }

    static func item(_ value: YAMLValue, _ what: String) -> GuideItem? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "title", "detail", "steps", "source"], in: "guide item")
        let id = m.required("id", in: "guide item")?.slug("item id")
        let title = m.required("title", in: "guide item")?.localized("\(what).title")
        let steps = m.optional("steps")?.list("\(what).steps") { $0.localized("\(what).steps[\($1)]") } ?? []
        guard let id, let title else { return nil }
        return GuideItem(
            id: id, title: title, detail: m.optional("detail")?.localized("\(what).detail"), steps: steps,
            source: m.optional("source")?.sourceReference("\(what).source"), location: m.location)
    }
}
