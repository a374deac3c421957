import EngageCore

/// Decodes `kind: assessment` files.
enum AssessmentDecoder {
    static let topKeys = ["schema", "id", "kind", "version", "title", "description", "source", "defines_principles", "scale", "risk", "levels", "sections"]

    static func decode(_ m: YAMLMapping, file: String) -> Checklist? {
        m.rejectUnknownKeys(topKeys, in: "checklist")
        let id = m.required("id", in: "checklist")?.slug("checklist id")
        let title = m.required("title", in: "checklist")?.localized("title")
        let scale = m.optional("scale").map { options($0, "scale") }
        let defaultRisk = m.optional("risk").map { riskRules($0, "risk") } ?? []
        let sectionsValue = m.required("sections", in: "checklist")
        let sections = sectionsValue?.list("sections", nonEmpty: true) { value, index in
            section(value, "sections[\(index)]", scale: scale, defaultRisk: defaultRisk)
        } ?? []
        let levels = m.optional("levels")?.list("levels") { value, index in level(value, "levels[\(index)]") } ?? []
        guard let id, let title else { return nil }
        return Checklist(
            id: id,
            version: m.optional("version")?.text("version") ?? "1",
            title: title,
            description: m.optional("description")?.localized("description"),
            source: m.optional("source")?.sourceReference("source"),
            definesPrinciples: m.optional("defines_principles")?.bool("defines_principles") ?? false,
            sections: sections,
            levels: levels,
            location: SourceLocation(file: file))
    }

    static func options(_ value: YAMLValue, _ what: String) -> [AnswerOption] {
        let result = value.list(what, nonEmpty: true) { item, index -> AnswerOption? in
            let w = "\(what)[\(index)]"
            guard let m = item.mapping(w) else { return nil }
            m.rejectUnknownKeys(["id", "label", "description", "score"], in: "answer option")
            let id = m.required("id", in: "answer option")?.slug("option id")
            let label = m.required("label", in: "answer option")?.localized("\(w).label")
            let score = m.required("score", in: "answer option")?.score("option score")
            let description = m.optional("description")?.localized("\(w).description")
            guard let id, let label, let score else { return nil }
            return AnswerOption(id: id, label: label, description: description, score: score, location: m.location)
        }
        if let items = value.sequence(what), items.count == 1 {
            value.sink.error("\(what) needs at least two options", at: value.location)
        }
        var seen: [String: SourceLocation] = [:]
        for option in result {
            if let first = seen[option.id] {
                value.sink.error("duplicate option id '\(option.id)' (first at \(first))", at: option.location)
            } else if let location = option.location {
                seen[option.id] = location
            }
        }
        for (a, b) in zip(result, result.dropFirst()) where b.score < a.score {
            value.sink.error("option '\(b.id)' scores \(b.score.compactString), below '\(a.id)' (\(a.score.compactString)); list options from least to most mature", at: b.location)
        }
        return result
    }

    static func riskRules(_ value: YAMLValue, _ what: String) -> [RiskRule] {
        value.list(what) { item, index in
            let w = "\(what)[\(index)]"
            guard let m = item.mapping(w) else { return nil }
            m.rejectUnknownKeys(["when", "risk"], in: "risk rule")
            let when = m.required("when", in: "risk rule")?.strings("\(w).when")
            var risk: RiskLevel?
            if let r = m.required("risk", in: "risk rule"), let s = r.string("\(w).risk") {
                risk = RiskLevel(rawValue: s)
                if risk == nil {
                    r.sink.error("unknown risk '\(s)'; use high, medium or none\(s.didYouMean(RiskLevel.allCases.map(\.rawValue)))", at: r.location)
                }
            }
            guard let when, let risk else { return nil }
            return RiskRule(when: when, risk: risk, location: m.location)
        }
    }

    static func section(_ value: YAMLValue, _ what: String, scale: [AnswerOption]?, defaultRisk: [RiskRule]) -> Section? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "title", "description", "weight", "principle", "questions", "source"], in: "section")
        let id = m.required("id", in: "section")?.slug("section id")
        let title = m.required("title", in: "section")?.localized("\(what).title")
        let questions = m.required("questions", in: "section")?.list("\(what).questions", nonEmpty: true) { q, index in
            question(q, "\(what).questions[\(index)]", scale: scale, defaultRisk: defaultRisk)
        } ?? []
        let weight = m.optional("weight").map { $0.weight("section weight") } ?? 1
        guard let id, let title, let weight else { return nil }
        return Section(
            id: id, title: title,
            description: m.optional("description")?.localized("\(what).description"),
            weight: weight,
            principle: m.optional("principle")?.slug("principle"),
            questions: questions,
            source: m.optional("source")?.sourceReference("\(what).source"),
            location: m.location)
    }

    static func question(_ value: YAMLValue, _ what: String, scale: [AnswerOption]?, defaultRisk: [RiskRule]) -> Question? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "text", "help", "weight", "options", "risk", "source", "tags"], in: "question")
        let id = m.required("id", in: "question")?.slug("question id")
        let text = m.required("text", in: "question")?.localized("\(what).text")
        let weight = m.optional("weight").map { $0.weight("question weight") } ?? 1
        let own = m.optional("options").map { options($0, "\(what).options") }
        let risk = m.optional("risk").map { riskRules($0, "\(what).risk") } ?? defaultRisk
        let chosen = own ?? scale
        if chosen == nil {
            value.sink.error("question '\(id ?? "?")' has no options and the checklist has no 'scale'", at: m.location)
        }
        let optionIDs = Set((chosen ?? []).map(\.id))
        if !optionIDs.isEmpty {
            for rule in risk {
                for option in rule.when where !optionIDs.contains(option) {
                    value.sink.error("risk rule names unknown option '\(option)' for question '\(id ?? "?")'\(option.didYouMean(optionIDs))", at: rule.location ?? m.location)
                }
            }
        }
        guard let id, let text, let weight, let chosen else { return nil }
        return Question(
            id: id, text: text,
            help: m.optional("help")?.localized("\(what).help"),
            weight: weight, options: chosen, risk: risk,
            source: m.optional("source")?.sourceReference("\(what).source"),
            tags: m.optional("tags")?.strings("\(what).tags") ?? [],
            location: m.location)
    }

    static func level(_ value: YAMLValue, _ what: String) -> MaturityLevel? {
        guard let m = value.mapping(what) else { return nil }
        m.rejectUnknownKeys(["id", "title", "description", "requires"], in: "level")
        let id = m.required("id", in: "level")?.slug("level id")
        let title = m.required("title", in: "level")?.localized("\(what).title")
        let requires = m.required("requires", in: "level")?.list("\(what).requires") { c, i in
            ConditionDecoder.decode(c, "\(what).requires[\(i)]")
        }
        guard let id, let title, let requires else { return nil }
        return MaturityLevel(id: id, title: title, description: m.optional("description")?.localized("\(what).description"), requires: requires, location: m.location)
    }
}
