import EngageCore
import EngageYAML

/// Reads SLO specification files (multi-document YAML) in the four supported formats into one
/// `SLOSpecSet`. Unknown extra fields are left alone (the formats have many); missing required
/// fields and wrong types are positioned diagnostics.
struct SLOSpecReader {
    let limits: YAMLLimits

    func read(path: String, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        for document in YAMLDocument.load(path: path, limits: limits, sink: sink) {
            let value = document.value(sink: sink)
            if value.isNull { continue }
            switch value.node {
            case .sequence:
                for item in value.sequence("the document") ?? [] {
                    if let m = item.mapping("an SLO object") { readObject(m, into: &set, sink: sink) }
                }
            default:
                if let m = value.mapping("the document") { readObject(m, into: &set, sink: sink) }
            }
        }
    }

    /// Whether a YAML file's text looks like one of the supported formats (a cheap sniff before parsing).
    static func looksLikeSLO(_ text: String) -> Bool {
        let markers = ["openslo/v1", "prometheus/v1", "sloth.slok.dev/", "pyrra.dev/v1alpha1", "sre.google.com/v2", "error_budget_policies"]
        return markers.contains { text.contains($0) }
    }

    private func readObject(_ m: YAMLMapping, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        let apiVersion = m.optional("apiVersion")?.string("apiVersion")
        let version = m.optional("version")?.string("version")
        if let apiVersion, apiVersion.hasPrefix("openslo/") {
            if apiVersion != "openslo/v1" {
                sink.warning("\(apiVersion) is read as openslo/v1; fields that changed between versions may be missed", at: m.optional("apiVersion")?.location)
            }
            readOpenSLO(m, into: &set, sink: sink)
        } else if apiVersion == "sloth.slok.dev/v1" {
            if let spec = m.required("spec", in: "a PrometheusServiceLevel")?.mapping("spec") { readSloth(spec, into: &set, sink: sink) }
        } else if version == "prometheus/v1" {
            readSloth(m, into: &set, sink: sink)
        } else if apiVersion == "pyrra.dev/v1alpha1" {
            readPyrra(m, into: &set, sink: sink)
        } else if apiVersion == "sre.google.com/v2" {
            readSLOGenerator(m, into: &set, sink: sink)
        } else if m.optional("error_budget_policies") != nil {
            readErrorBudgetPolicies(m, into: &set, sink: sink)
        } else if let apiVersion {
            sink.warning("apiVersion '\(apiVersion)' is not an SLO format this reader knows (openslo/v1, sloth.slok.dev/v1, pyrra.dev/v1alpha1, sre.google.com/v2)",
                         at: m.optional("apiVersion")?.location)
        } else if let version {
            sink.warning("version '\(version)' is not an SLO format this reader knows (Sloth's is prometheus/v1)", at: m.optional("version")?.location)
        } else {
            sink.warning("not an SLO specification: no apiVersion or version", at: m.location)
        }
    }

    // MARK: OpenSLO v1

    private func readOpenSLO(_ m: YAMLMapping, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        guard let kind = m.required("kind", in: "an OpenSLO object")?.string("kind") else { return }
        let name = m.required("metadata", in: "an OpenSLO \(kind)")?.mapping("metadata")
            .flatMap { $0.required("name", in: "metadata")?.text("metadata.name") }
        switch kind {
        case "Service":
            if let name { set.services.append((name, m.location)) }
        case "AlertPolicy":
            if let name { set.alertPolicies.insert(name) }
        case "SLO":
            guard let name, let spec = m.required("spec", in: "an OpenSLO SLO")?.mapping("spec") else { return }
            let service = spec.required("service", in: "an OpenSLO SLO spec")?.text("spec.service")
            if spec.optional("indicator") == nil && spec.optional("indicatorRef") == nil {
                sink.error("an OpenSLO SLO needs spec.indicator or spec.indicatorRef", at: spec.location)
            }
            var refs: [String] = []
            var inline = false
            for (index, policy) in (spec.optional("alertPolicies")?.sequence("spec.alertPolicies") ?? []).enumerated() {
                if case .scalar = policy.node, let ref = policy.text("spec.alertPolicies[\(index)]") {
                    refs.append(ref)
                } else if let p = policy.mapping("spec.alertPolicies[\(index)]") {
                    if let ref = p.optional("alertPolicyRef")?.text("alertPolicyRef") { refs.append(ref) } else { inline = true }
                }
            }
            let alerting = inline || !refs.isEmpty
            let note = alerting ? "alertPolicies: \(inline ? "inline" : refs.joined(separator: ", "))" : "no alertPolicies"
            guard let objectives = spec.required("objectives", in: "an OpenSLO SLO spec")?.sequence("spec.objectives") else { return }
            if objectives.isEmpty { sink.error("spec.objectives must not be empty", at: spec.optional("objectives")?.location) }
            for (index, objective) in objectives.enumerated() {
                guard let o = objective.mapping("spec.objectives[\(index)]") else { continue }
                var value: Double?
                var percent = false
                if let target = o.optional("target") {
                    value = target.number("target")
                } else if let targetPercent = o.optional("targetPercent") {
                    value = targetPercent.number("targetPercent")
                    percent = true
                } else {
                    sink.error("objective needs target (a ratio) or targetPercent", at: o.location)
                }
                let label = objectives.count > 1
                    ? "\(name)/\(o.optional("displayName")?.string("displayName") ?? String(index + 1))"
                    : name
                set.slos.append(SLODefinition(
                    format: .openSLO, service: service ?? "(no service)", name: label, objective: value, objectiveIsPercent: percent,
                    alerting: alerting, alertingNote: note, alertPolicyRefs: refs, location: o.location))
            }
        case "SLI", "DataSource", "AlertCondition", "AlertNotificationTarget":
            break
        default:
            let kinds = ["Service", "SLO", "SLI", "AlertPolicy", "AlertCondition", "AlertNotificationTarget", "DataSource"]
            sink.warning("unknown OpenSLO kind '\(kind)'\(kind.didYouMean(kinds))", at: m.optional("kind")?.location)
        }
    }

    // MARK: Sloth

    private func readSloth(_ m: YAMLMapping, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        let service = m.required("service", in: "a Sloth spec")?.text("service")
        guard let slos = m.required("slos", in: "a Sloth spec")?.sequence("slos") else { return }
        if slos.isEmpty { sink.error("slos must not be empty", at: m.optional("slos")?.location) }
        for (index, item) in slos.enumerated() {
            guard let slo = item.mapping("slos[\(index)]") else { continue }
            let name = slo.required("name", in: "slos[\(index)]")?.text("name")
            let objective = slo.required("objective", in: "slos[\(index)]")?.number("objective")
            if let sli = slo.required("sli", in: "slos[\(index)]")?.mapping("sli") {
                let kinds = sli.keys.filter { ["events", "raw", "plugin"].contains($0) }
                if kinds.count != 1 {
                    sink.error("sli needs exactly one of events, raw or plugin (found \(kinds.isEmpty ? "none" : kinds.joined(separator: ", ")))", at: sli.location)
                }
            }
            var alerting = false
            var note = "no alerting block"
            if let a = slo.optional("alerting")?.mapping("alerting") {
                let pageDisabled = a.optional("page_alert")?.mapping("page_alert")?.optional("disable")?.bool("page_alert.disable") ?? false
                let alertName = a.optional("name")?.text("alerting.name")
                if alertName == nil {
                    note = "alerting has no name, so Sloth generates no alert rules"
                } else if pageDisabled {
                    note = "page_alert is disabled"
                } else {
                    alerting = true
                    note = "page_alert (multi-window burn rate) \(alertName ?? "")"
                }
            }
            guard let name else { continue }
            set.slos.append(SLODefinition(
                format: .sloth, service: service ?? "(no service)", name: name, objective: objective, objectiveIsPercent: true,
                alerting: alerting, alertingNote: note, location: slo.location))
        }
    }

    // MARK: Pyrra

    private func readPyrra(_ m: YAMLMapping, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        if let kind = m.optional("kind")?.string("kind"), kind != "ServiceLevelObjective" {
            sink.warning("unknown Pyrra kind '\(kind)' (expected ServiceLevelObjective)", at: m.optional("kind")?.location)
            return
        }
        guard let metadata = m.required("metadata", in: "a Pyrra ServiceLevelObjective")?.mapping("metadata"),
              let name = metadata.required("name", in: "metadata")?.text("metadata.name"),
              let spec = m.required("spec", in: "a Pyrra ServiceLevelObjective")?.mapping("spec")
        else { return }
        var service = name
        if let labels = metadata.optional("labels")?.mapping("metadata.labels") {
            for key in ["pyrra.dev/service", "service", "app.kubernetes.io/name", "app"] {
                if let value = labels.optional(key)?.string("metadata.labels.\(key)") {
                    service = value
                    break
                }
            }
        }
        let target = spec.required("target", in: "a Pyrra spec").flatMap { looseNumber($0, "spec.target", sink: sink) }
        if let indicator = spec.required("indicator", in: "a Pyrra spec")?.mapping("spec.indicator") {
            let kinds = indicator.keys.filter { ["ratio", "latency", "latencyNative", "boolGauge", "bool_gauge"].contains($0) }
            if kinds.count != 1 {
                sink.error("spec.indicator needs exactly one of ratio, latency, latencyNative or boolGauge", at: indicator.location)
            }
        }
        var alerting = true
        var note = "Pyrra's default multi-window burn-rate alerts"
        if let a = spec.optional("alerting")?.mapping("spec.alerting") {
            if a.optional("disabled")?.bool("alerting.disabled") == true {
                alerting = false
                note = "alerting.disabled: true"
            } else if a.optional("burnrates")?.bool("alerting.burnrates") == false {
                alerting = false
                note = "alerting.burnrates: false"
            }
        }
        set.slos.append(SLODefinition(
            format: .pyrra, service: service, name: name, objective: target, objectiveIsPercent: true,
            alerting: alerting, alertingNote: note, location: m.location))
    }

    // MARK: slo-generator

    private func readSLOGenerator(_ m: YAMLMapping, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        if let kind = m.optional("kind")?.string("kind"), kind != "ServiceLevelObjective" {
            sink.warning("unknown slo-generator kind '\(kind)' (expected ServiceLevelObjective)", at: m.optional("kind")?.location)
            return
        }
        guard let metadata = m.required("metadata", in: "an slo-generator ServiceLevelObjective")?.mapping("metadata"),
              let name = metadata.required("name", in: "metadata")?.text("metadata.name"),
              let spec = m.required("spec", in: "an slo-generator ServiceLevelObjective")?.mapping("spec")
        else { return }
        var service = name
        if let labels = metadata.optional("labels")?.mapping("metadata.labels"),
           let value = labels.optional("service_name")?.string("metadata.labels.service_name") {
            service = value
        }
        let goal = spec.required("goal", in: "an slo-generator spec").flatMap { looseNumber($0, "spec.goal", sink: sink) }
        for key in ["backend", "method", "service_level_indicator"] where spec.optional(key) == nil {
            sink.error("missing required key '\(key)' in an slo-generator spec", at: spec.location)
        }
        set.slos.append(SLODefinition(
            format: .sloGenerator, service: service, name: name, objective: goal, objectiveIsPercent: false,
            alerting: nil, alertingNote: "", location: m.location))
    }

    private func readErrorBudgetPolicies(_ m: YAMLMapping, into set: inout SLOSpecSet, sink: DiagnosticSink) {
        guard let policies = m.optional("error_budget_policies")?.mapping("error_budget_policies") else { return }
        for entry in policies.entries {
            guard let policy = entry.value.mapping("error budget policy '\(entry.key)'"),
                  let steps = policy.required("steps", in: "error budget policy '\(entry.key)'")?.sequence("steps")
            else { continue }
            for (index, step) in steps.enumerated() {
                guard let s = step.mapping("steps[\(index)]") else { continue }
                if s.optional("alert")?.bool("alert") == true, set.sloGeneratorAlertingPolicy == nil {
                    set.sloGeneratorAlertingPolicy = s.location
                }
            }
        }
    }

    /// A number written plainly or as a string (`target: "99.5"`, `"99.5%"`).
    private func looseNumber(_ value: YAMLValue, _ what: String, sink: DiagnosticSink) -> Double? {
        guard let text = value.string(what) else { return nil }
        var t = text.trimmingSpaces
        if t.hasSuffix("%") { t.removeLast() }
        guard let number = Double(t.trimmingSpaces), number.isFinite else {
            sink.error("expected a number for \(what), found '\(text)'", at: value.location)
            return nil
        }
        return number
    }
}
