extension FactCatalog {
    /// Facts from SLO specifications (OpenSLO v1, Sloth prometheus/v1, Pyrra v1alpha1,
    /// slo-generator v2). Definitions: docs/evidence-formats.md.
    public static let slo: [FactDefinition] = [
        FactDefinition("slo.services", .list, "Services declared in the engagement or in SLO files, with their SLO counts.", evidence: "SLO specs in evidence/slo or services in engagement.yaml"),
        FactDefinition("slo.count", .number, "SLOs (objectives) found across all SLO files.", evidence: "SLO specs (OpenSLO, Sloth, Pyrra, slo-generator) in evidence/slo"),
        FactDefinition("slo.services_without_slo", .list, "Declared services (engagement.yaml or OpenSLO Service) that no SLO names.", evidence: "SLO specs in evidence/slo and services in engagement.yaml"),
        FactDefinition("slo.without_alerting", .list, "SLOs with no burn-rate alert or page alert.", evidence: "SLO specs in evidence/slo"),
        FactDefinition("slo.objectives_out_of_range", .list, "SLO objectives outside (0, 100) percent or (0, 1) ratio.", evidence: "SLO specs in evidence/slo"),
    ]
}
