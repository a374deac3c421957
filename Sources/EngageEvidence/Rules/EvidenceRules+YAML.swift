import EngageCore
import EngageYAML

extension EvidenceRules {
    /// The rule files' names inside `checklists/evidence-rules/`.
    public static let actionItemsFile = "action-items.yaml"
    public static let toilCategoriesFile = "toil-categories.yaml"

    /// Loads `action-items.yaml` and `toil-categories.yaml` from `directory`; problems (with
    /// positions) go to `sink`, and a file with problems contributes no rules.
    public static func load(directory: String, sink: DiagnosticSink) -> EvidenceRules {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return EvidenceRules(
            actionItems: ActionItemRules.load(path: base + "/" + actionItemsFile, sink: sink),
            toil: ToilRules.load(path: base + "/" + toilCategoriesFile, sink: sink))
    }
}

extension ActionItemRules {
    /// Reads an action-item rule file (see docs/evidence-formats.md).
    public static func load(path: String, sink: DiagnosticSink) -> ActionItemRules {
        let local = DiagnosticSink()
        defer { sink.append(contentsOf: local.diagnostics.all) }
        guard let document = YAMLDocument.load(path: path, sink: local).first,
              let root = document.value(sink: local).mapping("the action-item rule file")
        else { return ActionItemRules() }
        root.rejectUnknownKeys(["kind", "version", "source", "rules", "blame_phrases", "no_owner_words"], in: "the rule file")
        if let kind = root.required("kind", in: "the rule file")?.string("kind"), kind != "action-item-rules" {
            local.error("kind must be 'action-item-rules', found '\(kind)'", at: root.optional("kind")?.location)
        }
        if let version = root.required("version", in: "the rule file")?.integer("version"), version != 1 {
            local.error("unsupported version \(version) (this sre-engage reads version 1)", at: root.optional("version")?.location)
        }
        let categories = ActionItemCategory.allCases.map(\.rawValue)
        let rules: [ActionItemRule] = root.required("rules", in: "the rule file")?.list("rules", nonEmpty: true) { value, index in
            guard let m = value.mapping("rules[\(index)]") else { return nil }
            m.rejectUnknownKeys(["category", "rollback", "keywords", "note"], in: "a rule")
            guard let name = m.required("category", in: "rules[\(index)]")?.string("category") else { return nil }
            guard let category = ActionItemCategory(rawValue: name) else {
                local.error("unknown category '\(name)'\(name.didYouMean(categories)); expected one of \(categories.joined(separator: ", "))",
                            at: m.optional("category")?.location)
                return nil
            }
            let rollback = m.optional("rollback")?.bool("rollback") ?? false
            guard let keywords = m.required("keywords", in: "rules[\(index)]")?.strings("keywords") else { return nil }
            if keywords.isEmpty { local.error("keywords must not be empty", at: m.optional("keywords")?.location) }
            return ActionItemRule(category: category, rollback: rollback, keywords: keywords, location: value.location)
        } ?? []
        let blame = root.optional("blame_phrases")?.strings("blame_phrases") ?? []
        let noOwner = root.optional("no_owner_words")?.strings("no_owner_words")
        if local.hasErrors { return ActionItemRules() }
        var result = ActionItemRules(rules: rules, blamePhrases: blame, source: path)
        if let noOwner { result.noOwnerWords = noOwner.map { $0.lowercased() } }
        return result
    }
}

extension ToilRules {
    /// Reads a ticket toil-category rule file (see docs/evidence-formats.md).
    public static func load(path: String, sink: DiagnosticSink) -> ToilRules {
        let local = DiagnosticSink()
        defer { sink.append(contentsOf: local.diagnostics.all) }
        guard let document = YAMLDocument.load(path: path, sink: local).first,
              let root = document.value(sink: local).mapping("the toil-category rule file")
        else { return ToilRules() }
        root.rejectUnknownKeys(["kind", "version", "source", "categories"], in: "the rule file")
        if let kind = root.required("kind", in: "the rule file")?.string("kind"), kind != "toil-category-rules" {
            local.error("kind must be 'toil-category-rules', found '\(kind)'", at: root.optional("kind")?.location)
        }
        if let version = root.required("version", in: "the rule file")?.integer("version"), version != 1 {
            local.error("unsupported version \(version) (this sre-engage reads version 1)", at: root.optional("version")?.location)
        }
        var seen: [String: SourceLocation] = [:]
        let categories: [ToilCategoryRule] = root.required("categories", in: "the rule file")?.list("categories", nonEmpty: true) { value, index in
            guard let m = value.mapping("categories[\(index)]") else { return nil }
            m.rejectUnknownKeys(["id", "toil", "keywords", "note"], in: "a category")
            let id = m.required("id", in: "categories[\(index)]")?.slug("id")
            if let id {
                if let first = seen[id] {
                    local.error("duplicate category id '\(id)' (first defined at line \(first.line))", at: m.optional("id")?.location)
                } else {
                    seen[id] = value.location
                }
            }
            let toil = m.required("toil", in: "categories[\(index)]")?.bool("toil")
            let keywords = m.required("keywords", in: "categories[\(index)]")?.strings("keywords")
            guard let id, let toil, let keywords else { return nil }
            if keywords.isEmpty { local.error("keywords must not be empty", at: m.optional("keywords")?.location) }
            return ToilCategoryRule(id: id, toil: toil, keywords: keywords, location: value.location)
        } ?? []
        if local.hasErrors { return ToilRules() }
        return ToilRules(categories: categories, source: path)
    }
}
