/// Column indices of an alert or incident CSV, resolved from its header.
struct AlertCSVColumns: Sendable {
    var time: Int
    var end: Int?
    var secondsToResolve: Int?
    var name: Int?
    var service: Int?
    var key: Int?
    var id: Int?
    var severity: Int?
    var acknowledged: Int?
    var autoResolved: Int?
    var runbook: Int?
    /// Severity/urgency values (lowercased) that page.
    var pageValues: Set<String>
    /// Whether a row is an incident that never repeats (PagerDuty) or a notification.
    var strip: Bool
}
