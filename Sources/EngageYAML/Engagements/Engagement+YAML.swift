import EngageCore

extension Engagement {
    /// The `engagement.yaml` layout, keys in a fixed order.
    public var yamlTree: YAMLTree {
        func nonEmpty(_ t: YAMLTree) -> YAMLTree? { t.isEmptyCollection ? nil : t }
        return .map([
            ("schema", .number(1)),
            ("kind", .string("engagement")),
            ("team", .string(team)),
            ("service", .optional(service)),
            ("services", nonEmpty(.strings(services))),
            ("sre", .optional(sre)),
            ("start", .string(start)),
            ("stage", .optional(stage)),
            ("scope", .optional(scope)),
            ("goals", nonEmpty(.strings(goals))),
            ("checklists", nonEmpty(.strings(checklists))),
            ("phases", .list(phases.map { phase in
                .map([
                    ("id", .string(phase.id)),
                    ("tasks", .list(phase.tasks.map { task in
                        .map([
                            ("id", .string(task.id)), ("status", .string(task.status.rawValue)),
                            ("date", .optional(task.date)), ("note", .optional(task.note)),
                        ])
                    })),
                ])
            })),
            ("decisions", .list(decisions.map { d in
                .map([
                    ("date", .string(d.date)), ("phase", .optional(d.phase)), ("decision", .string(d.decision)),
                    ("why", .string(d.why)), ("stressor", .optional(d.stressor)),
                ])
            })),
            ("slos", nonEmpty(.list(slos.map { s in
                .map([
                    ("service", .string(s.service)), ("sli", .optional(s.sli)), ("objective", .optional(s.objective)),
                    ("window", .optional(s.window)), ("file", .optional(s.file)), ("date", .optional(s.date)),
                ])
            }))),
            ("fires", nonEmpty(.list(fires.map { f in
                .map([("title", .string(f.title)), ("toil", .bool(f.toil)), ("why", .string(f.why)), ("date", .optional(f.date))])
            }))),
            ("components", nonEmpty(.map(components.keys.sorted().map { ($0, YAMLTree.strings(components[$0] ?? [])) }))),
            ("aliases", nonEmpty(.map(aliases.keys.sorted().map { ($0, YAMLTree.string(aliases[$0] ?? "")) }))),
            ("evidence", nonEmpty(.map(evidence.keys.sorted().map { ($0, YAMLTree.string(evidence[$0] ?? "")) }))),
            ("closure", closure.map { c in
                .map([
                    ("date", .string(c.date)), ("forced_reason", .optional(c.forcedReason)),
                    ("open_criteria", nonEmpty(.strings(c.openCriteria))), ("follow_up", .optional(c.followUp)),
                ])
            }),
        ])
    }
}
