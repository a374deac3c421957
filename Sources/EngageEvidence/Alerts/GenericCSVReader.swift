import EngageCore

/// Reads any alert CSV through a column mapping (`EvidenceOptions.genericAlertColumns`, each
/// column defaulting to its usual names). One row is one alert.
struct GenericCSVReader {
    let options: EvidenceOptions

    /// Whether a header has the columns a generic alert history needs.
    static func matches(_ header: CSVHeader, mapping: GenericAlertColumns) -> Bool {
        resolve(header, mapping: mapping, pageValues: []).missing.isEmpty
            && (mapping.name != nil || header.index(of: ["alertname", "alert", "alert_name"]) != nil)
    }

    static func resolve(_ header: CSVHeader, mapping m: GenericAlertColumns, pageValues: Set<String>) -> (columns: AlertCSVColumns?, missing: [String]) {
        func column(_ mapped: String?, _ aliases: [String]) -> Int? {
            if let mapped { return header.index(of: [mapped]) }
            return header.index(of: aliases)
        }
        let time = column(m.time, GenericAlertColumns.timeAliases)
        let name = column(m.name, GenericAlertColumns.nameAliases)
        var missing: [String] = []
        if time == nil { missing.append(m.time.map { "time (mapped to \"\($0)\")" } ?? "time") }
        if name == nil { missing.append(m.name.map { "name (mapped to \"\($0)\")" } ?? "name") }
        for (label, mapped) in [("end", m.end), ("key", m.key), ("severity", m.severity), ("acknowledged", m.acknowledged), ("runbook", m.runbook), ("id", m.id)] {
            if let mapped, header.index(of: [mapped]) == nil { missing.append("\(label) (mapped to \"\(mapped)\")") }
        }
        guard let time, let name, missing.isEmpty else { return (nil, missing) }
        return (AlertCSVColumns(
            time: time,
            end: column(m.end, GenericAlertColumns.endAliases),
            secondsToResolve: nil,
            name: name,
            service: nil,
            key: column(m.key, GenericAlertColumns.keyAliases),
            id: column(m.id, GenericAlertColumns.idAliases),
            severity: column(m.severity, GenericAlertColumns.severityAliases),
            acknowledged: column(m.acknowledged, GenericAlertColumns.acknowledgedAliases),
            autoResolved: nil,
            runbook: column(m.runbook, GenericAlertColumns.runbookAliases),
            pageValues: pageValues,
            strip: false), [])
    }

    func read(path: String, into stats: inout AlertStatistics) -> [Diagnostic] {
        var limiter = DiagnosticLimiter(file: path)
        stats.noteFile(path)
        guard let record = CSVReader(path: path).header() else {
            limiter.warning("empty alert CSV", line: 0)
            return limiter.all
        }
        let header = CSVHeader(record)
        let (resolved, missing) = Self.resolve(header, mapping: options.genericAlertColumns, pageValues: options.pageSeverities.union(["high"]))
        guard let columns = resolved else {
            limiter.error("alert CSV has no column for \(missing.joined(separator: ", ")); columns are: \(header.names.joined(separator: ", "))", line: header.line, column: 1)
            return limiter.all
        }
        AlertCSVRowReader(options: options).read(path: path, header: header, columns: columns, into: &stats, limiter: &limiter)
        return limiter.all
    }
}
