import EngageCore

/// Reads a PagerDuty incident export (the web UI's CSV or the Analytics raw-incident fields):
/// `created_at`/`created_on`, `resolved_at`/`resolved_on`, `urgency`, `service_name`, `title`
/// or `description`, `incident_number`/`id`, `auto_resolved`, `seconds_to_resolve`,
/// `seconds_to_first_ack`/`acknowledged_at`. One row is one incident.
struct PagerDutyCSVReader {
    let options: EvidenceOptions

    static let createdAliases = ["created_at", "created_on", "created", "triggered_at", "opened_at"]
    static let markers = ["incident_number", "urgency", "service_name", "auto_resolved", "seconds_to_resolve", "escalation_policy_name"]

    /// Whether a header looks like a PagerDuty export.
    static func matches(_ header: CSVHeader) -> Bool {
        header.index(of: createdAliases) != nil && markers.contains { header.contains($0) }
    }

    func read(path: String, into stats: inout AlertStatistics) -> [Diagnostic] {
        var limiter = DiagnosticLimiter(file: path)
        stats.noteFile(path)
        guard let record = CSVReader(path: path).header() else {
            limiter.warning("empty incident export", line: 0)
            return limiter.all
        }
        let header = CSVHeader(record)
        guard let time = header.index(of: Self.createdAliases) else {
            limiter.error("no created_at or created_on column in the PagerDuty export", line: header.line, column: 1)
            return limiter.all
        }
        let columns = AlertCSVColumns(
            time: time,
            end: header.index(of: ["resolved_at", "resolved_on"]),
            secondsToResolve: header.index(of: ["seconds_to_resolve"]),
            name: header.index(of: ["title", "description", "summary", "incident_title"]),
            service: header.index(of: ["service_name", "service"]),
            key: header.index(of: ["incident_key", "alert_key"]),
            id: header.index(of: ["incident_number", "id", "incident_id"]),
            severity: header.index(of: ["urgency"]),
            acknowledged: header.index(of: ["seconds_to_first_ack", "acknowledged_at", "first_acknowledged_at", "acknowledged_on", "acknowledged_by"]),
            autoResolved: header.index(of: ["auto_resolved"]),
            runbook: nil,
            pageValues: ["high"],
            strip: true)
        AlertCSVRowReader(options: options).read(path: path, header: header, columns: columns, into: &stats, limiter: &limiter)
        return limiter.all
    }
}
