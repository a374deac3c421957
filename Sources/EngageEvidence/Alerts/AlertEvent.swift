/// One alert notification or incident as a reader saw it, before de-duplication.
struct AlertEvent: Sendable {
    /// Identity of the alert occurrence source: the Alertmanager fingerprint (or a label-set hash),
    /// or the incident id of an export. Notifications with the same key and start are one alert.
    var key: String
    /// What must repeat for flapping: the fingerprint, or service + title in exports.
    var flapKey: String
    /// The alert name (`alertname` label, incident title, mapped column).
    var name: String
    var start: Double
    /// When it resolved, if it did.
    var end: Double?
    /// Whether a human acknowledged it; nil when the source cannot tell (Alertmanager).
    var acknowledged: Bool?
    /// Whether the source says it resolved without a human (PagerDuty `auto_resolved`).
    var autoResolved: Bool?
    /// Whether it paged a human; nil when the source has no severity or urgency.
    var isPage: Bool?
    /// Whether it carried a runbook link; nil when the source has no annotations.
    var hasRunbook: Bool?
    var file: String
    var line: Int
    /// The record id cited as evidence (fingerprint, incident number, row id).
    var record: String
}
