import EngageCore

/// Reads the rows of an alert or incident CSV into alert events once its columns are known;
/// shared by the PagerDuty and generic readers.
struct AlertCSVRowReader {
    let options: EvidenceOptions

    func read(path: String, header: CSVHeader, columns: AlertCSVColumns, into stats: inout AlertStatistics, limiter: inout DiagnosticLimiter) {
        var clock = LocalClock(options.timeZone)
        let width = header.names.count
        var rowNumber = 0
        let diagnostics = CSVReader(path: path).read { record in
            rowNumber += 1
            if rowNumber == 1 { return }  // the header
            guard record.fields.count == width else {
                limiter.error(
                    "record has \(record.fields.count) field(s), the header has \(width) (truncated line or unquoted comma?)",
                    line: record.line, column: record.columns.last ?? 1)
                return
            }
            let timeText = record.fields[columns.time]
            guard let start = Timestamp.parse(timeText, defaultOffset: { clock.offsetForNaive($0) }) else {
                limiter.error("\"\(timeText)\" is not a time (column \(header.names[columns.time]))",
                              line: record.line, column: record.column(columns.time))
                return
            }
            var end: Double?
            if let e = columns.end, !record.fields[e].trimmingSpaces.isEmpty {
                if let value = Timestamp.parse(record.fields[e], defaultOffset: { clock.offsetForNaive($0) }) {
                    end = value
                } else {
                    limiter.error("\"\(record.fields[e])\" is not a time (column \(header.names[e]))",
                                  line: record.line, column: record.column(e))
                }
            }
            if end == nil, let s = columns.secondsToResolve, let seconds = Double(record.fields[s].trimmingSpaces) {
                end = start + seconds
            }
            if let value = end, value < start {
                limiter.warning("resolved before it was created; resolution ignored", line: record.line, column: record.column(columns.end ?? columns.time))
                end = nil
            }
            let service = columns.service.map { record.fields[$0].trimmingSpaces } ?? ""
            var name = columns.name.map { record.fields[$0].trimmingSpaces } ?? ""
            if columns.strip { name = Self.stripNotificationPrefix(name) }
            if name.isEmpty { name = service.isEmpty ? "(unnamed)" : service }
            let id = columns.id.map { record.fields[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
            let key = columns.key.map { record.fields[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
            let record_ = id ?? key ?? "row \(rowNumber - 1)"
            let severity = columns.severity.map { record.fields[$0].trimmingSpaces.lowercased() }
            let isPage: Bool? = severity.flatMap { $0.isEmpty ? nil : columns.pageValues.contains($0) }
            let acknowledged = columns.acknowledged.map { FieldValue.acknowledged(record.fields[$0]) }
            var autoResolved: Bool?
            if let a = columns.autoResolved {
                autoResolved = FieldValue.bool(record.fields[a])
                if autoResolved == nil {
                    limiter.warning("\"\(record.fields[a])\" is not true or false (column \(header.names[a]))", line: record.line, column: record.column(a))
                }
            }
            let runbook = columns.runbook.map { !record.fields[$0].trimmingSpaces.isEmpty }
            let flapKey = key ?? (service.isEmpty ? name : "\(service)/\(name)")
            stats.addAlert(AlertEvent(
                key: record_, flapKey: flapKey, name: name, start: start, end: end,
                acknowledged: acknowledged, autoResolved: autoResolved, isPage: isPage, hasRunbook: runbook,
                file: path, line: record.line, record: record_))
        }
        for diagnostic in diagnostics { limiter.append(diagnostic) }
    }

    /// Drops an Alertmanager-style `[FIRING:3] ` or `[RESOLVED] ` prefix from an incident title,
    /// so repeats of one alert share a name.
    static func stripNotificationPrefix(_ title: String) -> String {
        guard title.hasPrefix("["), let close = title.firstIndex(of: "]") else { return title }
        let tag = title[title.index(after: title.startIndex)..<close].uppercased()
        guard tag.hasPrefix("FIRING") || tag.hasPrefix("RESOLVED") else { return title }
        return String(title[title.index(after: close)...]).trimmingSpaces
    }
}
