import EngageCore

/// Everything the SLO reader found across the files of one engagement.
public struct SLOSpecSet: Sendable, Hashable {
    public var slos: [SLODefinition] = []
    /// Services declared by OpenSLO `kind: Service` documents.
    public var services: [(name: String, location: SourceLocation)] = []
    /// OpenSLO AlertPolicy names defined.
    public var alertPolicies: Set<String> = []
    /// Whether an slo-generator error-budget policy with `alert: true` was seen, and where.
    public var sloGeneratorAlertingPolicy: SourceLocation?

    public init() {}

    public static func == (a: SLOSpecSet, b: SLOSpecSet) -> Bool {
        a.slos == b.slos && a.services.map(\.name) == b.services.map(\.name) && a.alertPolicies == b.alertPolicies
            && a.sloGeneratorAlertingPolicy == b.sloGeneratorAlertingPolicy
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(slos)
        hasher.combine(alertPolicies)
    }
}
