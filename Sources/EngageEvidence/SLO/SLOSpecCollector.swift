import EngageCore
import EngageYAML

/// SLO specifications → missing-SLO facts (`slo.*`): services without any SLO, SLOs without
/// burn-rate or page alerting, objectives out of range. Services declared in the engagement
/// (`EvidenceOptions.declaredServices`) count even when no SLO file mentions them.
public struct SLOSpecCollector: EvidenceCollector {
    public let name = "slo"
    public let kind = EvidenceKind.slo

    public init() {}

    public func accepts(file: String) -> Bool {
        guard ["yaml", "yml"].contains(FileKind.extension(of: file)),
              let bytes = try? ByteFile.readAll(path: file, limit: 8 << 20) else { return false }
        return SLOSpecReader.looksLikeSLO(String(decoding: bytes, as: UTF8.self))
    }

    /// Reads the specs without computing facts.
    public func read(files: [String], options: EvidenceOptions) -> (SLOSpecSet, [Diagnostic]) {
        let sink = DiagnosticSink()
        var set = SLOSpecSet()
        let reader = SLOSpecReader(limits: YAMLLimits(maxBytes: options.maxTextFileBytes))
        for file in files { reader.read(path: file, into: &set, sink: sink) }
        for slo in set.slos {
            for ref in slo.alertPolicyRefs where !set.alertPolicies.contains(ref) {
                sink.warning("alert policy '\(ref)' is not defined in the files read\(ref.didYouMean(set.alertPolicies))", at: slo.location)
            }
        }
        return (set, sink.diagnostics.all)
    }

    public func collect(files: [String], options: EvidenceOptions) -> CollectorOutput {
        let (set, diagnostics) = read(files: files, options: options)
        return CollectorOutput(facts: facts(set, files: files, options: options), diagnostics: diagnostics, filesRead: files)
    }

    static func key(_ service: String) -> String { service.trimmingSpaces.lowercased() }

    func facts(_ set: SLOSpecSet, files: [String], options: EvidenceOptions) -> [Fact] {
        func ref(_ location: SourceLocation) -> EvidenceReference {
            EvidenceReference(file: location.file, line: location.line > 0 ? location.line : nil)
        }
        let fileRefs = files.map { EvidenceReference(file: $0) }
        var order: [String] = []
        var display: [String: String] = [:]
        var evidence: [String: [EvidenceReference]] = [:]
        var declared: Set<String> = []
        func note(_ service: String, _ reference: EvidenceReference, declares: Bool) {
            let k = Self.key(service)
            guard !k.isEmpty else { return }
            if display[k] == nil {
                display[k] = service.trimmingSpaces
                order.append(k)
            }
            if evidence[k, default: []].count < options.exampleLimit { evidence[k, default: []].append(reference) }
            if declares { declared.insert(k) }
        }
        for service in options.declaredServices {
            note(service, EvidenceReference(note: "declared in the engagement"), declares: true)
        }
        for service in set.services { note(service.name, ref(service.location), declares: true) }
        var perService: [String: [SLODefinition]] = [:]
        for slo in set.slos {
            note(slo.service, ref(slo.location), declares: false)
            perService[Self.key(slo.service), default: []].append(slo)
        }

        let services = order.map { k in
            let count = perService[k]?.count ?? 0
            return FactItem(display[k] ?? k, detail: count == 0 ? "no SLO" : "\(count) SLO(s)", evidence: evidence[k] ?? [])
        }
        let without = order.filter { declared.contains($0) && (perService[$0]?.isEmpty ?? true) }.map { k in
            FactItem(display[k] ?? k, detail: "declared, but no SLO names it", evidence: evidence[k] ?? [])
        }
        var noAlerting: [FactItem] = []
        var outOfRange: [FactItem] = []
        for slo in set.slos {
            var alerting = slo.alerting
            var alertNote = slo.alertingNote
            if alerting == nil {
                alerting = set.sloGeneratorAlertingPolicy != nil
                alertNote = alerting == true
                    ? "error-budget policy step with alert: true"
                    : "no error_budget_policies step with alert: true in the files read"
            }
            if alerting == false {
                noAlerting.append(FactItem("\(slo.service)/\(slo.name)", detail: "\(slo.format.rawValue): \(alertNote)", evidence: [ref(slo.location)]))
            }
            if slo.objective != nil && !slo.objectiveInRange, let value = slo.objective {
                let range = slo.objectiveIsPercent ? "a percentage in (0, 100)" : "a ratio in (0, 1)"
                var detail = "\(slo.format.rawValue) objective \(value.compactString) is not \(range)"
                if !slo.objectiveIsPercent && value > 1 && value < 100 {
                    detail += "; it looks like a percentage: write \((value / 100).compactString)"
                } else if slo.objectiveIsPercent && value == 100 || !slo.objectiveIsPercent && value == 1 {
                    detail += "; 100 % leaves no error budget"
                }
                outOfRange.append(FactItem("\(slo.service)/\(slo.name)", detail: detail, evidence: [ref(slo.location)]))
            }
        }
        func fact(_ name: String, _ value: FactValue) -> Fact {
            Fact(name: name, value: value, evidence: fileRefs, collector: self.name)
        }
        return [
            fact("slo.services", .list(services)),
            fact("slo.count", .number(Double(set.slos.count))),
            fact("slo.services_without_slo", .list(without)),
            fact("slo.without_alerting", .list(noAlerting)),
            fact("slo.objectives_out_of_range", .list(outOfRange)),
        ]
    }
}
