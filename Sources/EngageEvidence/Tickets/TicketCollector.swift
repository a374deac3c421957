import EngageCore

/// Ticket exports → toil facts (`tickets.*`): toil share of time (the SRE book caps operational
/// work at 50 %, ch. 5), tickets (interrupts) per week, the top toil categories.
public struct TicketCollector: EvidenceCollector {
    public let name = "tickets"
    public let kind = EvidenceKind.tickets

    public init() {}

    public func accepts(file: String) -> Bool {
        guard FileKind.extension(of: file) == "csv", let record = CSVReader(path: file).header() else { return false }
        return TicketCSVReader.matches(CSVHeader(record))
    }

    public func collect(files: [String], options: EvidenceOptions) -> CollectorOutput {
        var tickets: [Ticket] = []
        var diagnostics: [Diagnostic] = []
        var timeFound = false
        if options.rules.toil.categories.isEmpty && !files.isEmpty {
            diagnostics.append(.warning("no toil-category rules loaded (checklists/evidence-rules/toil-categories.yaml); only a toil column marks toil", at: nil))
        }
        for file in files {
            diagnostics += TicketCSVReader(options: options).read(path: file, into: &tickets, timeColumnFound: &timeFound)
        }
        return CollectorOutput(facts: facts(tickets, files: files, timeFound: timeFound, options: options),
                               diagnostics: diagnostics, filesRead: files)
    }

    func facts(_ tickets: [Ticket], files: [String], timeFound: Bool, options: EvidenceOptions) -> [Fact] {
        let fileRefs = files.map { EvidenceReference(file: $0) }
        func ref(_ t: Ticket) -> EvidenceReference {
            EvidenceReference(file: t.file, line: t.line, record: t.id)
        }
        func fact(_ name: String, _ value: FactValue, _ evidence: [EvidenceReference] = []) -> Fact {
            Fact(name: name, value: value, evidence: fileRefs + evidence, collector: self.name)
        }
        var out = [fact("tickets.count", .number(Double(tickets.count)))]
        guard !tickets.isEmpty else { return out }

        let timed = tickets.filter { $0.hours != nil }
        let useTime = timeFound && !timed.isEmpty
        func weight(_ t: Ticket) -> Double { useTime ? (t.hours ?? 0) : 1 }
        let basis = useTime ? timed : tickets
        let total = basis.reduce(0) { $0 + weight($1) }
        let toilTotal = basis.filter(\.isToil).reduce(0) { $0 + weight($1) }
        let unit = useTime ? "h" : "tickets"
        let share = total > 0 ? toilTotal / total : 0
        let note = useTime
            ? "\(Self.round(toilTotal)) h of toil in \(Self.round(total)) h logged on \(timed.count) ticket(s)"
            : "no time-spent column: share of ticket count (\(Int(toilTotal)) of \(Int(total)))"
        out.append(fact("tickets.toil_share", .number(share), [EvidenceReference(note: note)]))

        let first = tickets.map(\.created).min() ?? 0
        let last = tickets.map(\.created).max() ?? 0
        let days = max(7, ((last - first) / 86400).rounded(.up))
        out.append(fact("tickets.interrupts_per_week", .number(Double(tickets.count) / (days / 7)),
                        [EvidenceReference(note: "\(tickets.count) tickets over \(days.compactString) days (the export's span, at least 7)")]))

        var byCategory: [String: (amount: Double, count: Int, examples: [EvidenceReference])] = [:]
        for t in basis where t.isToil {
            let key = t.category ?? "uncategorised"
            var entry = byCategory[key] ?? (0, 0, [])
            entry.amount += weight(t)
            entry.count += 1
            if entry.examples.count < options.exampleLimit { entry.examples.append(ref(t)) }
            byCategory[key] = entry
        }
        let top = byCategory.sorted { $0.value.amount > $1.value.amount || ($0.value.amount == $1.value.amount && $0.key < $1.key) }
            .map { key, entry in
                FactItem(key, detail: "\(Self.round(entry.amount)) \(unit), \(Self.percent(total > 0 ? entry.amount / total : 0)) of all, \(entry.count) ticket(s)",
                         evidence: entry.examples)
            }
        out.append(fact("tickets.top_toil_categories", .list(top)))
        let unclassified = tickets.filter { $0.category == nil }
        out.append(fact("tickets.unclassified", .number(Double(unclassified.count)),
                        unclassified.prefix(options.exampleLimit).map(ref)))
        return out
    }

    static func round(_ v: Double) -> String { ((v * 10).rounded() / 10).compactString }
    static func percent(_ v: Double) -> String { "\(((v * 1000).rounded() / 10).compactString) %" }
}
