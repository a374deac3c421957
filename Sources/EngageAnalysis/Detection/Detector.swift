import EngageCore

/// Evaluates the stressor catalogue's rules over answers and facts (three-valued: a fact that was
/// not collected makes its condition unknown, not false) and explains each outcome.
public enum Detector {
    public static func detect(catalog: StressorCatalog, context: some EvaluationContext) -> [Finding] {
        catalog.stressors.map { evaluate($0, context: context) }
    }

    public static func evaluate(_ stressor: Stressor, context: some EvaluationContext) -> Finding {
        let (truth, observations) = stressor.detect.evaluate(in: context)
        let status: Finding.Status
        switch truth {
        case .true: status = .found
        case .false: status = .clear
        case .unknown: status = .undetermined
        }
        let unknown = observations.filter { $0.truth == .unknown }
        var settle: [String] = []
        for o in unknown {
            let hint: String
            if let definition = FactCatalog.definition(o.subject) {
                hint = "\(o.subject): \(definition.evidence)"
            } else if o.observed == "not assessed" || o.observed == nil || o.observed == "unanswered" {
                hint = "\(o.subject): answer it in an assessment (sre-engage assess)"
            } else {
                hint = o.subject
            }
            if !settle.contains(hint) { settle.append(hint) }
        }
        return Finding(
            stressor: stressor.id, title: stressor.title, severity: stressor.severity, status: status,
            fired: observations.filter { $0.truth == .true }, unknown: unknown,
            recommendation: stressor.recommendation, settleWith: status == .found ? [] : settle)
    }

    /// Whether a catalogue example behaves as declared (`triggers` ⇔ found).
    public static func check(_ example: StressorExample, of stressor: Stressor, checklists: [Checklist]) -> (passes: Bool, finding: Finding) {
        let finding = evaluate(stressor, context: ExampleContext(example, checklists: checklists))
        return ((finding.status == .found) == example.triggers, finding)
    }
}
