extension FactCatalog {
    /// Facts from alert histories (Alertmanager webhooks, PagerDuty exports, generic CSV).
    /// Definitions and thresholds: docs/evidence-formats.md.
    public static let alerts: [FactDefinition] = [
        FactDefinition("alerts.total", .number, "Alerts in the history (Alertmanager notifications with the same fingerprint and startsAt are one alert; an incident row is one alert).", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.pages", .number, "Alerts that paged a human (paging severity label or high urgency; every alert when the history has neither).", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.pages_per_shift.max", .number, "Most pages in one on-call shift (12 hours by default; SRE book ch. 11 budgets 2 incidents per shift).", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.pages_per_shift.median", .number, "Median pages per shift, over shifts with at least one page.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.shifts_over_budget", .list, "Shifts with more pages than the budget (2 per 12-hour shift, SRE book ch. 11).", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.self_resolved_share", .number, "Share of alerts that resolved by themselves within N minutes (default 5) without acknowledgement, 0…1.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.flapping", .list, "Alert names whose same alert (fingerprint) fired at least K times (default 3) within a window (default 60 minutes).", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.top_noisy", .list, "The noisiest alert names with their share of all alerts.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.top_noisy_share", .number, "Share of all alerts raised by the single noisiest alert name, 0…1.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.off_hours_per_week", .number, "Pages outside working hours (default 09–18 local, Monday–Friday) per week.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.sleep_hours_per_week", .number, "Pages during sleep hours (default 23–07 local) per week.", evidence: "an alert history in evidence/alerts"),
        FactDefinition("alerts.without_runbook_share", .number, "Share of alert names with no runbook annotation on any of their alerts, 0…1.", evidence: "an Alertmanager history (or a CSV with a runbook column) in evidence/alerts"),
        FactDefinition("alerts.without_runbook", .list, "Alert names with no runbook annotation on any of their alerts.", evidence: "an Alertmanager history (or a CSV with a runbook column) in evidence/alerts"),
    ]
}
