import EngageCore

/// Reads a tickets CSV: id, created, category and/or labels, title, time spent, optional toil flag.
/// Columns are found by their usual names (docs/evidence-formats.md); `created` is required.
struct TicketCSVReader {
    let options: EvidenceOptions

    static let idAliases = ["id", "key", "issue_key", "ticket", "ticket_id", "issue_id", "number"]
    static let createdAliases = ["created", "created_at", "created_on", "opened", "opened_at", "reported", "date"]
    static let categoryAliases = ["category", "type", "issue_type", "component", "components", "queue"]
    static let labelAliases = ["labels", "label", "tags"]
    static let titleAliases = ["title", "summary", "subject", "description"]
    static let toilAliases = ["toil", "is_toil", "toil_flag"]
    static let hourAliases = ["time_spent_hours", "hours_spent", "hours", "time_hours", "effort_hours"]
    static let minuteAliases = ["time_spent_minutes", "minutes_spent", "minutes", "time_minutes"]
    static let secondAliases = ["timespent", "time_spent_seconds", "seconds_spent", "seconds"]
    static let textAliases = ["time_spent", "time", "effort", "duration", "worklog"]

    /// Whether a header looks like a tickets export.
    static func matches(_ header: CSVHeader) -> Bool {
        header.index(of: createdAliases) != nil
            && (header.index(of: categoryAliases + labelAliases + toilAliases) != nil
                || header.index(of: hourAliases + minuteAliases + secondAliases + ["time_spent"]) != nil)
    }

    func read(path: String, into tickets: inout [Ticket], timeColumnFound: inout Bool) -> [Diagnostic] {
        var limiter = DiagnosticLimiter(file: path)
        guard let record = CSVReader(path: path).header() else {
            limiter.warning("empty tickets CSV", line: 0)
            return limiter.all
        }
        let header = CSVHeader(record)
        guard let created = header.index(of: Self.createdAliases) else {
            limiter.error("tickets CSV has no 'created' column; columns are: \(header.names.joined(separator: ", "))", line: header.line, column: 1)
            return limiter.all
        }
        let id = header.index(of: Self.idAliases)
        let category = header.index(of: Self.categoryAliases)
        let labels = header.index(of: Self.labelAliases)
        let title = header.index(of: Self.titleAliases)
        let toil = header.index(of: Self.toilAliases)
        var time: (index: Int, unit: DurationText.Unit)?
        if let i = header.index(of: Self.hourAliases) { time = (i, .hours) }
        else if let i = header.index(of: Self.minuteAliases) { time = (i, .minutes) }
        else if let i = header.index(of: Self.secondAliases) { time = (i, .seconds) }
        else if let i = header.index(of: Self.textAliases) { time = (i, .hours) }
        if time != nil { timeColumnFound = true }

        var clock = LocalClock(options.timeZone)
        let width = header.names.count
        var row = 0
        let rules = options.rules.toil
        let problems = CSVReader(path: path).read { record in
            row += 1
            if row == 1 { return }
            guard record.fields.count == width else {
                limiter.error("record has \(record.fields.count) field(s), the header has \(width) (truncated line or unquoted comma?)",
                              line: record.line, column: record.columns.last ?? 1)
                return
            }
            let createdText = record.fields[created]
            guard let when = Timestamp.parse(createdText, defaultOffset: { clock.offsetForNaive($0) }) else {
                limiter.error("\"\(createdText)\" is not a date or time (column \(header.names[created]))", line: record.line, column: record.column(created))
                return
            }
            var hours: Double?
            if let time {
                let text = record.fields[time.index]
                if !text.trimmingSpaces.isEmpty {
                    hours = DurationText.hours(text, bare: time.unit)
                    if hours == nil {
                        limiter.error("\"\(text)\" is not a duration such as 1.5, 90m or 1h 30m (column \(header.names[time.index]))",
                                      line: record.line, column: record.column(time.index))
                    }
                }
            }
            let texts = [category, labels, title].map { $0.map { record.fields[$0] } ?? "" }
            let rule = rules.classify(texts)
            var isToil = rule?.toil ?? false
            if let toil, !record.fields[toil].trimmingSpaces.isEmpty {
                if let flag = FieldValue.bool(record.fields[toil]) {
                    isToil = flag
                } else {
                    limiter.error("\"\(record.fields[toil])\" is not yes or no (column \(header.names[toil]))", line: record.line, column: record.column(toil))
                }
            }
            let ticketID = id.map { record.fields[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 } ?? "row \(row - 1)"
            tickets.append(Ticket(id: ticketID, created: when, hours: hours, category: rule?.id, isToil: isToil, file: path, line: record.line))
        }
        for problem in problems { limiter.append(problem) }
        return limiter.all
    }
}
