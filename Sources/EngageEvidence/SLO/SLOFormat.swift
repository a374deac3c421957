/// The SLO specification formats the SLO collector reads.
public enum SLOFormat: String, Sendable, Hashable, Codable {
    /// OpenSLO v1 (`apiVersion: openslo/v1`, kinds Service, SLO, SLI, AlertPolicy…).
    case openSLO = "openslo"
    /// Sloth `version: prometheus/v1`, or its Kubernetes `PrometheusServiceLevel` (`sloth.slok.dev/v1`).
    case sloth
    /// Pyrra `ServiceLevelObjective` (`pyrra.dev/v1alpha1`).
    case pyrra
    /// Google slo-generator `sre.google.com/v2`, plus its shared config's `error_budget_policies`.
    case sloGenerator = "slo-generator"
}
