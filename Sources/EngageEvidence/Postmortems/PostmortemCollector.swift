import EngageCore

/// Markdown postmortems → action-item facts (`postmortems.*`): rollback-only action items, items
/// without an owner, postmortems without a detect or prevent item, blame language in summaries.
public struct PostmortemCollector: EvidenceCollector {
    public let name = "postmortems"
    public let kind = EvidenceKind.postmortems

    public init() {}

    public func accepts(file: String) -> Bool {
        ["md", "markdown"].contains(FileKind.extension(of: file))
    }

    /// Reads and classifies one postmortem (for `show`-style commands and tests).
    public func read(file: String, options: EvidenceOptions) -> (Postmortem?, [Diagnostic]) {
        let bytes: [UInt8]
        do { bytes = try ByteFile.readAll(path: file, limit: options.maxTextFileBytes) } catch { return (nil, [error]) }
        let text = String(decoding: bytes, as: UTF8.self)
        let (postmortem, diagnostics) = PostmortemParser(rules: options.rules.actionItems).parse(text: text, file: file)
        return (postmortem, diagnostics)
    }

    public func collect(files: [String], options: EvidenceOptions) -> CollectorOutput {
        var diagnostics: [Diagnostic] = []
        var postmortems: [Postmortem] = []
        if options.rules.actionItems.rules.isEmpty && !files.isEmpty {
            diagnostics.append(.warning("no action-item rules loaded (checklists/evidence-rules/action-items.yaml); items are classified only by their stated type", at: nil))
        }
        for file in files {
            let (postmortem, problems) = read(file: file, options: options)
            diagnostics += problems
            if let postmortem { postmortems.append(postmortem) }
        }
        return CollectorOutput(facts: facts(postmortems, options: options), diagnostics: diagnostics, filesRead: files)
    }

    func facts(_ postmortems: [Postmortem], options: EvidenceOptions) -> [Fact] {
        let limit = options.exampleLimit
        func ref(_ p: Postmortem, _ item: ActionItem) -> EvidenceReference {
            EvidenceReference(file: p.file, line: item.line, note: Self.short(item.text))
        }
        func fileRef(_ p: Postmortem) -> EvidenceReference {
            EvidenceReference(file: p.file, line: p.actionItemsLine)
        }
        let all = postmortems.map(fileRef)
        var rollbackOnly: [FactItem] = []
        var withoutOwner: [FactItem] = []
        var withoutDetectPrevent: [FactItem] = []
        var withoutItems: [FactItem] = []
        var blame: [FactItem] = []
        var itemCount = 0
        var unclassified: [FactItem] = []
        for p in postmortems {
            itemCount += p.items.count
            if p.items.isEmpty {
                withoutItems.append(FactItem(p.title, detail: p.actionItemsLine == nil ? "no action-items section" : "empty action-items section", evidence: [fileRef(p)]))
            } else if p.items.allSatisfy(\.isRollback) {
                rollbackOnly.append(FactItem(p.title, detail: "\(p.items.count) action item(s), all rollbacks or reverts",
                                             evidence: p.items.prefix(limit).map { ref(p, $0) }))
            }
            for item in p.items where item.owner == nil {
                withoutOwner.append(FactItem(Self.short(item.text), detail: p.title, evidence: [ref(p, item)]))
            }
            for item in p.items where item.category == nil {
                unclassified.append(FactItem(Self.short(item.text), detail: p.title, evidence: [ref(p, item)]))
            }
            if !p.items.contains(where: { $0.category == .detect || $0.category == .prevent }) {
                let found = Set(p.items.compactMap(\.category?.rawValue)).sorted()
                let detail = p.items.isEmpty ? "no action items" : (found.isEmpty ? "no classified items" : "items are only: \(found.joined(separator: ", "))")
                withoutDetectPrevent.append(FactItem(p.title, detail: detail,
                                                     evidence: p.items.isEmpty ? [fileRef(p)] : p.items.prefix(limit).map { ref(p, $0) }))
            }
            if !p.blame.isEmpty {
                blame.append(FactItem(p.title, detail: "summary uses: " + p.blame.map { "'\($0.phrase)'" }.joined(separator: ", "),
                                      evidence: p.blame.map { EvidenceReference(file: p.file, line: $0.line, note: $0.phrase) }))
            }
        }
        func fact(_ name: String, _ value: FactValue) -> Fact {
            Fact(name: name, value: value, evidence: all, collector: self.name)
        }
        return [
            fact("postmortems.count", .number(Double(postmortems.count))),
            fact("postmortems.action_items", .number(Double(itemCount))),
            fact("postmortems.rollback_only", .list(rollbackOnly)),
            fact("postmortems.items_without_owner", .list(withoutOwner)),
            fact("postmortems.without_detect_or_prevent", .list(withoutDetectPrevent)),
            fact("postmortems.without_action_items", .list(withoutItems)),
            fact("postmortems.unclassified_items", .list(unclassified)),
            fact("postmortems.blame_language", .list(blame)),
        ]
    }

    static func short(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
