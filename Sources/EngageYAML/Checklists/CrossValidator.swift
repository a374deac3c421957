import EngageCore

/// Checks loaded checklists against each other: ids unique across all files; principles,
/// questions, options, facts and score scopes named by rules exist; examples are consistent.
enum CrossValidator {
    static func validate(_ library: ChecklistLibrary, sink: DiagnosticSink) {
        uniqueIDs(library, sink: sink)
        let principles = Set(library.assessments.filter(\.definesPrinciples).flatMap { $0.sections.map(\.id) })
        let sectionIDs = Set(library.assessments.flatMap { $0.sections.map(\.id) })
        for checklist in library.assessments {
            for section in checklist.sections {
                if let principle = section.principle {
                    let valid = checklist.definesPrinciples ? principle == section.id : principles.contains(principle)
                    if !valid {
                        let hint = checklist.definesPrinciples ? " (a principle section may only name itself)" : principle.didYouMean(principles)
                        sink.error("section '\(section.id)' names unknown principle '\(principle)'\(hint)", at: section.location)
                    }
                }
            }
            for level in checklist.levels {
                for condition in level.requires {
                    validate(condition, library: library, principles: principles, sections: sectionIDs, sink: sink)
                }
            }
        }
        guard let catalog = library.stressors else { return }
        for stressor in catalog.stressors {
            validate(stressor.detect, library: library, principles: principles, sections: sectionIDs, sink: sink)
            for example in stressor.examples {
                validate(example, of: stressor, library: library, sink: sink)
            }
        }
    }

    private static func uniqueIDs(_ library: ChecklistLibrary, sink: DiagnosticSink) {
        var seen: [String: (String, SourceLocation?)] = [:]
        func claim(_ id: String, _ what: String, _ location: SourceLocation?) {
            if let (firstWhat, firstLocation) = seen[id] {
                let at = firstLocation.map { " at \($0)" } ?? ""
                sink.error("duplicate id '\(id)': this \(what) reuses the id of the \(firstWhat)\(at)", at: location)
            } else {
                seen[id] = (what, location)
            }
        }
        for checklist in library.assessments {
            claim(checklist.id, "checklist", checklist.location)
            for section in checklist.sections {
                claim(section.id, "section", section.location)
                for question in section.questions { claim(question.id, "question", question.location) }
            }
            var levels = Set<String>()
            for level in checklist.levels where !levels.insert(level.id).inserted {
                sink.error("duplicate level id '\(level.id)' in checklist '\(checklist.id)'", at: level.location)
            }
        }
        if let guide = library.guide {
            claim(guide.id, "guide", guide.location)
            for phase in guide.phases {
                claim(phase.id, "phase", phase.location)
                for item in phase.tasks + phase.exitCriteria + phase.notes { claim(item.id, "guide item", item.location) }
            }
            for item in guide.outcomes { claim(item.id, "guide outcome", item.location) }
        }
        if let catalog = library.stressors {
            claim(catalog.id, "stressor catalogue", catalog.location)
            for stressor in catalog.stressors { claim(stressor.id, "stressor", stressor.location) }
        }
    }

    private static func validate(_ condition: Condition, library: ChecklistLibrary, principles: Set<String>, sections: Set<String>, sink: DiagnosticSink) {
        for leaf in condition.leaves {
            switch leaf.kind {
            case let .answer(questionID, test):
                guard let question = library.question(questionID) else {
                    sink.error("rule names unknown question '\(questionID)'\(questionID.didYouMean(library.questionIDs))", at: leaf.location)
                    continue
                }
                let options = question.options.map(\.id)
                let named: [String]
                switch test {
                case .inOptions(let ids), .notInOptions(let ids): named = ids
                default: named = []
                }
                for option in named where !options.contains(option) {
                    sink.error("rule names unknown option '\(option)' of question '\(questionID)'\(option.didYouMean(options))", at: leaf.location)
                }
            case let .fact(name, tests):
                guard let definition = FactCatalog.definition(name) else {
                    sink.error("rule names unknown fact '\(name)'\(name.didYouMean(FactCatalog.all.map(\.name)))", at: leaf.location)
                    continue
                }
                for test in tests {
                    if case .equals = test { continue }
                    if definition.type == .text {
                        sink.error("fact '\(name)' is text; compare it with 'equals'", at: leaf.location)
                    }
                }
            case let .score(scope, _):
                switch scope {
                case .overall: break
                case .section(let id) where !sections.contains(id):
                    sink.error("rule names unknown section '\(id)'\(id.didYouMean(sections))", at: leaf.location)
                case .principle(let id) where !principles.contains(id):
                    sink.error("rule names unknown principle '\(id)'\(id.didYouMean(principles))", at: leaf.location)
                default: break
                }
            default: break
            }
        }
    }

    private static func validate(_ example: StressorExample, of stressor: Stressor, library: ChecklistLibrary, sink: DiagnosticSink) {
        for (questionID, option) in example.answers.sorted(by: { $0.key < $1.key }) {
            guard let question = library.question(questionID) else {
                sink.error("example of '\(stressor.id)' answers unknown question '\(questionID)'\(questionID.didYouMean(library.questionIDs))", at: example.location)
                continue
            }
            if option != "n/a", question.option(option) == nil {
                sink.error("example of '\(stressor.id)' gives unknown option '\(option)' for '\(questionID)'\(option.didYouMean(question.options.map(\.id)))", at: example.location)
            }
        }
        for (name, value) in example.facts.sorted(by: { $0.key < $1.key }) {
            guard let definition = FactCatalog.definition(name) else {
                sink.error("example of '\(stressor.id)' sets unknown fact '\(name)'\(name.didYouMean(FactCatalog.all.map(\.name)))", at: example.location)
                continue
            }
            let compatible: Bool
            switch (definition.type, value) {
            case (.number, .number), (.boolean, .bool), (.text, .text), (.list, .list), (.list, .number): compatible = true
            default: compatible = false
            }
            if !compatible {
                sink.error("example of '\(stressor.id)' sets fact '\(name)' to \(value.typeName), but it is a \(definition.type.rawValue)", at: example.location)
            }
        }
    }
}
