/// Which columns of a generic alert CSV hold what. Each nil column is looked up by its usual
/// names (listed in docs/evidence-formats.md); `time` and `name` must be found one way or the other.
public struct GenericAlertColumns: Sendable, Hashable, Codable {
    public var time: String?
    public var end: String?
    public var name: String?
    public var key: String?
    public var severity: String?
    public var acknowledged: String?
    public var runbook: String?
    public var id: String?

    public init(time: String? = nil, end: String? = nil, name: String? = nil, key: String? = nil,
                severity: String? = nil, acknowledged: String? = nil, runbook: String? = nil, id: String? = nil) {
        self.time = time
        self.end = end
        self.name = name
        self.key = key
        self.severity = severity
        self.acknowledged = acknowledged
        self.runbook = runbook
        self.id = id
    }

    static let timeAliases = ["time", "timestamp", "start", "starts_at", "startsat", "fired_at", "created_at", "created", "date"]
    static let endAliases = ["end", "ends_at", "endsat", "resolved_at", "resolved"]
    static let nameAliases = ["alertname", "alert", "alert_name", "name", "title", "rule"]
    static let keyAliases = ["fingerprint", "key", "dedup_key", "alert_key"]
    static let severityAliases = ["severity", "priority", "urgency", "level"]
    static let acknowledgedAliases = ["acknowledged", "acked", "ack", "acknowledged_at"]
    static let runbookAliases = ["runbook", "runbook_url"]
    static let idAliases = ["id", "alert_id", "record_id"]

    /// Parses `time=Fired,name=Rule,…` (the command-line form); unknown keys are reported.
    public static func parse(_ text: String) -> (GenericAlertColumns, [String]) {
        var columns = GenericAlertColumns()
        var unknown: [String] = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2 else { unknown.append(String(pair)); continue }
            switch parts[0].lowercased() {
            case "time": columns.time = parts[1]
            case "end": columns.end = parts[1]
            case "name": columns.name = parts[1]
            case "key": columns.key = parts[1]
            case "severity": columns.severity = parts[1]
            case "acknowledged": columns.acknowledged = parts[1]
            case "runbook": columns.runbook = parts[1]
            case "id": columns.id = parts[1]
            default: unknown.append(parts[0])
            }
        }
        return (columns, unknown)
    }
}
