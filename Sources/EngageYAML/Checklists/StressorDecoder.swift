import EngageCore

/// Decodes `kind: stressors` files (the stressor catalogue).
enum StressorDecoder {
    static let topKeys = ["schema", "id", "kind", "version", "title", "description", "stressors"]

    static func decode(_ m: YAMLMapping, file: String) -> StressorCatalog? {
        m.rejectUnknownKeys(topKeys, in: "stressor catalogue")
        let id = m.required("id", in: "stressor catalogue")?.slug("catalogue id")
        let title = m.required("title", in: "stressor catalogue")?.localized("title")
        let stressors = m.required("stressors", in: "stressor catalogue")?.list("stressors", nonEmpty: true) { stressor($0, "stressors[\($1)]") } ?? []
        guard let id, let title else { return nil }
        return StressorCatalog(
            id: id, version: m.optional("version")?.text("version") ?? "1", title: title,
            description: m.optional("description")?.localized("description"),
            stressors: stressors, location: SourceLocation(file: file))
    }

    static func stressor(_ value: YAMLValue, _ what: String) -> Stressor? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "title", "description", "severity", "source", "recommendation", "detect", "examples"], in: "stressor")
        let id = m.required("id", in: "stressor")?.slug("stressor id")
        let title = m.required("title", in: "stressor")?.localized("\(what).title")
        let description = m.required("description", in: "stressor")?.localized("\(what).description")
        let recommendation = m.required("recommendation", in: "stressor")?.localized("\(what).recommendation")
        let source = m.required("source", in: "stressor")?.sourceReference("\(what).source")
        var severity: StressorSeverity?
        if let s = m.required("severity", in: "stressor"), let text = s.string("\(what).severity") {
            severity = StressorSeverity(rawValue: text)
            if severity == nil {
                s.sink.error("unknown severity '\(text)'; use low, medium or high\(text.didYouMean(StressorSeverity.allCases.map(\.rawValue)))", at: s.location)
            }
        }
        let detect = m.required("detect", in: "stressor").flatMap { ConditionDecoder.decode($0, "\(what).detect") }
        let examples = m.optional("examples")?.list("\(what).examples") { example($0, "\(what).examples[\($1)]") } ?? []
        if !examples.contains(where: \.triggers) || !examples.contains(where: { !$0.triggers }) {
            value.sink.error("stressor '\(id ?? "?")' needs at least one example with 'triggers: true' and one with 'triggers: false'", at: m.keyLocation("examples") ?? m.location)
        }
        guard let id, let title, let description, let recommendation, let severity, let detect else { return nil }
        return Stressor(
            id: id, title: title, description: description, severity: severity, source: source,
            recommendation: recommendation, detect: detect, examples: examples, location: m.location)
    }

    static func example(_ value: YAMLValue, _ what: String) -> StressorExample? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["name", "triggers", "answers", "facts"], in: "example")
        let triggers = m.required("triggers", in: "example")?.bool("\(what).triggers")
        var answers: [String: String] = [:]
        if let a = m.optional("answers"), let am = a.mapping("\(what).answers") {
            for entry in am.entries {
                if let option = entry.value.string("\(what).answers.\(entry.key)") { answers[entry.key] = option }
            }
        }
        var facts: [String: FactValue] = [:]
        if let f = m.optional("facts"), let fm = f.mapping("\(what).facts") {
            for entry in fm.entries {
                if let v = FactValueDecoder.decode(entry.value, "\(what).facts.\(entry.key)") { facts[entry.key] = v }
            }
        }
        guard let triggers else { return nil }
        return StressorExample(name: m.optional("name")?.text("\(what).name"), triggers: triggers, answers: answers, facts: facts, location: m.location)
    }
}
