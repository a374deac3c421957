extension FactCatalog {
    /// Facts from SLO specifications (OpenSLO, Sloth, Pyrra, slo-generator).
    public static let slo: [FactDefinition] = [
        FactDefinition("slo.services", .list, "Services declared in the engagement or in SLO files.", evidence: "SLO specs in evidence/ or services in engagement.yaml"),
        FactDefinition("slo.count", .number, "SLOs found across all SLO files.", evidence: "SLO specs (OpenSLO, Sloth, Pyrra, slo-generator) in evidence/"),
        FactDefinition("slo.services_without_slo", .list, "Declared services that no SLO covers.", evidence: "SLO specs in evidence/ and services in engagement.yaml"),
        FactDefinition("slo.without_alerting", .list, "SLOs with no burn-rate alert or page alert.", evidence: "SLO specs in evidence/"),
        FactDefinition("slo.objectives_out_of_range", .list, "SLO objectives outside (0, 100) percent or (0, 1) ratio.", evidence: "SLO specs in evidence/"),
    ]
}
