extension FactCatalog {
    /// Facts from alert histories (Alertmanager webhooks, PagerDuty exports, generic CSV).
    public static let alerts: [FactDefinition] = [
        FactDefinition("alerts.total", .number, "Alerts (firing notifications) in the history.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.pages_per_shift.max", .number, "Most pages in one 12-hour on-call shift.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.pages_per_shift.median", .number, "Median pages per 12-hour shift with at least one page.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.self_resolved_share", .number, "Share of alerts that resolved by themselves within N minutes without acknowledgement, 0…1.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.flapping", .list, "Alerts that fired at least K times within the window.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.top_noisy", .list, "The noisiest alert names with their share of volume.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.top_noisy_share", .number, "Share of all alerts raised by the single noisiest alert name, 0…1.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.off_hours_per_week", .number, "Pages outside working hours per week.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.sleep_hours_per_week", .number, "Pages during sleep hours per week.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.without_runbook_share", .number, "Share of alert names without a runbook annotation, 0…1.", evidence: "an Alertmanager history in evidence/alerts"),
    ]
}
