import EngageCore

/// Streams alert events into the alert-history facts with memory bounded by the number of
/// distinct alerts (fingerprints, names, shifts), never by the number of notifications.
///
/// Alertmanager sends the same alert again (repeat interval, then "resolved"); notifications with
/// the same key and `startsAt` are one alert. A key's open alert is counted once its next
/// occurrence starts or the input ends.
struct AlertStatistics {
    let options: EvidenceOptions
    private var clock: LocalClock

    private struct KeyState {
        var open: AlertEvent?
        /// Starts of this key's recently closed alerts, to drop late duplicates (at most 4).
        var recent: [Double] = []
    }
    private var keys: [String: KeyState] = [:]

    struct NameStats {
        var count = 0
        var runbookKnown = false
        var hasRunbook = false
        var examples: [EvidenceReference] = []
    }
    private(set) var names: [String: NameStats] = [:]

    struct ShiftStats {
        var count = 0
        var examples: [EvidenceReference] = []
    }
    private var allShifts: [Int: ShiftStats] = [:]
    private var pageShifts: [Int: ShiftStats] = [:]

    private struct FlapState {
        var name: String
        var ring: [Double] = []
        var next = 0
        var episodes = 0
        var examples: [EvidenceReference] = []
    }
    private var flaps: [String: FlapState] = [:]

    private(set) var total = 0
    private var pages = 0
    private var severityKnown = false
    private var offHoursAll = 0, offHoursPages = 0
    private var sleepAll = 0, sleepPages = 0
    private var selfResolved = 0
    private var selfResolvedExamples: [EvidenceReference] = []
    private var firstStart = Double.infinity
    private var lastStart = -Double.infinity
    private var files: [String] = []

    init(options: EvidenceOptions) {
        self.options = options
        self.clock = LocalClock(options.timeZone)
    }

    mutating func noteFile(_ path: String) {
        if !files.contains(path) { files.append(path) }
    }

    /// How long a fingerprint's state is kept after its alert started, once newer alerts have
    /// moved past it; older state is counted and dropped so memory follows the alerts active in
    /// this window, not the whole history (a notification for an alert older than this is
    /// counted as a new alert).
    static let retention: Double = 7 * 86400
    private var latestStart = -Double.infinity
    private var notifications = 0

    /// Adds a notification from a source that repeats notifications (Alertmanager).
    mutating func addNotification(_ event: AlertEvent) {
        notifications += 1
        latestStart = max(latestStart, event.start)
        if notifications & 0xFFFF == 0 { sweep() }
        // Merged in place (one hash lookup, no copy of the state); a replaced alert is counted.
        if let finished = Self.merge(event, into: &keys[event.key, default: KeyState()]) { count(finished) }
    }

    /// Folds a notification into its key's state; returns the previous alert when this one is new.
    private static func merge(_ event: AlertEvent, into state: inout KeyState) -> AlertEvent? {
        if state.open?.start == event.start {
            if let end = event.end { state.open?.end = end }
            if event.hasRunbook == true { state.open?.hasRunbook = true }
            if state.open?.isPage == nil { state.open?.isPage = event.isPage }
            return nil
        }
        if state.recent.contains(event.start) { return nil }  // a late repeat of an alert already counted
        let previous = state.open
        if let previous {
            state.recent.append(previous.start)
            if state.recent.count > 4 { state.recent.removeFirst() }
        }
        state.open = event
        return previous
    }

    /// Counts and forgets alerts that started more than `retention` before the newest one, and
    /// flapping state that can no longer reach K firings within the window.
    private mutating func sweep() {
        let horizon = latestStart - Self.retention
        var stale: [AlertEvent] = []
        for (key, state) in keys {
            let newest = max(state.open?.start ?? -Double.infinity, state.recent.max() ?? -Double.infinity)
            if newest < horizon {
                if let open = state.open { stale.append(open) }
                keys[key] = nil
            }
        }
        stale.sort { ($0.start, $0.file, $0.line, $0.key) < ($1.start, $1.file, $1.line, $1.key) }
        for event in stale { count(event) }
        let flapHorizon = latestStart - options.flappingWindowMinutes * 60
        for (key, state) in flaps where state.episodes == 0 && (state.ring.max() ?? -Double.infinity) < flapHorizon {
            flaps[key] = nil
        }
    }

    /// Adds an event that is already one alert (an incident row).
    mutating func addAlert(_ event: AlertEvent) { count(event) }

    private mutating func count(_ e: AlertEvent) {
        let limit = options.exampleLimit
        total += 1
        firstStart = min(firstStart, e.start)
        lastStart = max(lastStart, e.start)

        Self.tally(e, limit: limit, into: &names[e.name, default: NameStats()])

        if e.isPage != nil { severityKnown = true }
        let page = e.isPage ?? false
        if page { pages += 1 }

        let local = clock.local(e.start)
        let shiftSeconds = Double(max(1, options.shiftHours) * 3600)
        let shift = Int(((local - Double(options.shiftStartHour * 3600)) / shiftSeconds).rounded(.down))
        Self.tally(e, limit: limit, into: &allShifts[shift, default: ShiftStats()])
        if page { Self.tally(e, limit: limit, into: &pageShifts[shift, default: ShiftStats()]) }

        let day = Int((local / 86400).rounded(.down))
        let secondOfDay = local - Double(day) * 86400
        let hour = Int(secondOfDay / 3600)
        let isoWeekday = ((day + 3) % 7 + 7) % 7 + 1  // 1970-01-01 was a Thursday (ISO 4)
        let working = options.workingDays.contains(isoWeekday)
            && hour >= options.workStartHour && hour < options.workEndHour
        if !working {
            offHoursAll += 1
            if page { offHoursPages += 1 }
        }
        let asleep = options.sleepStartHour > options.sleepEndHour
            ? (hour >= options.sleepStartHour || hour < options.sleepEndHour)
            : (hour >= options.sleepStartHour && hour < options.sleepEndHour)
        if asleep {
            sleepAll += 1
            if page { sleepPages += 1 }
        }

        if let end = e.end, end >= e.start, end - e.start <= options.selfResolveMinutes * 60,
           e.acknowledged != true, e.autoResolved ?? true {
            selfResolved += 1
            if selfResolvedExamples.count < limit { selfResolvedExamples.append(Self.reference(e)) }
        }

        Self.fold(e, k: max(2, options.flappingCount), window: options.flappingWindowMinutes * 60, limit: limit,
                  into: &flaps[e.flapKey, default: FlapState(name: e.name)])
    }

    /// The evidence for one alert (made only when it becomes an example).
    private static func reference(_ e: AlertEvent) -> EvidenceReference {
        EvidenceReference(file: e.file, line: e.line, record: e.record)
    }

    private static func tally(_ e: AlertEvent, limit: Int, into stats: inout NameStats) {
        stats.count += 1
        if stats.examples.count < limit { stats.examples.append(reference(e)) }
        if let runbook = e.hasRunbook {
            stats.runbookKnown = true
            stats.hasRunbook = stats.hasRunbook || runbook
        }
    }

    private static func tally(_ e: AlertEvent, limit: Int, into stats: inout ShiftStats) {
        stats.count += 1
        if stats.examples.count < limit { stats.examples.append(reference(e)) }
    }

    /// Adds a start to a flapping ring of the last `k` starts; a full ring within the window is
    /// one flapping episode (the ring then starts over, so episodes do not overlap).
    private static func fold(_ e: AlertEvent, k: Int, window: Double, limit: Int, into flap: inout FlapState) {
        if flap.ring.count < k {
            flap.ring.append(e.start)
        } else {
            flap.ring[flap.next] = e.start
        }
        flap.next = (flap.next + 1) % k
        if flap.ring.count == k {
            let oldest = flap.ring.min() ?? e.start
            let newest = flap.ring.max() ?? e.start
            if newest - oldest <= window {
                flap.episodes += 1
                if flap.examples.count < limit { flap.examples.append(reference(e)) }
                flap.ring.removeAll(keepingCapacity: true)
                flap.next = 0
            }
        }
    }

    /// Counts the alerts still open and returns the facts.
    mutating func finish(collector: String) -> [Fact] {
        // Open alerts in a stable order (start, then file position), so evidence lists do not
        // depend on dictionary order.
        let open = keys.values.compactMap(\.open).sorted {
            ($0.start, $0.file, $0.line, $0.key) < ($1.start, $1.file, $1.line, $1.key)
        }
        keys.removeAll()
        for event in open { count(event) }
        return facts(collector: collector)
    }

    private func share(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private func percent(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 10
        return "\(scaled.compactString) %"
    }

    private func facts(collector: String) -> [Fact] {
        let fileRefs = files.map { EvidenceReference(file: $0) }
        func fact(_ name: String, _ value: FactValue, _ evidence: [EvidenceReference]) -> Fact {
            Fact(name: name, value: value, evidence: evidence.isEmpty ? fileRefs : evidence, collector: collector)
        }
        var out: [Fact] = []
        out.append(fact("alerts.total", .number(Double(total)), []))
        guard total > 0 else { return out }

        let usePages = severityKnown
        let pageNote = usePages
            ? "pages: alerts with a paging severity or high urgency"
            : "no severity or urgency in the history: every alert counted as a page"
        let shifts = usePages ? pageShifts : allShifts
        out.append(Fact(name: "alerts.pages", value: .number(Double(usePages ? pages : total)),
                        evidence: fileRefs + [EvidenceReference(note: pageNote)], collector: collector))

        var offset = LocalClock(options.timeZone)
        let shiftSeconds = Double(max(1, options.shiftHours) * 3600)
        func shiftLabel(_ index: Int) -> String {
            let localStart = Double(index) * shiftSeconds + Double(options.shiftStartHour * 3600)
            let utc = localStart - Double(offset.offsetForNaive(localStart))
            return Timestamp.format(utc, offset: offset.offset(at: utc))
        }
        let ordered = shifts.sorted { $0.key < $1.key }
        if let worst = ordered.max(by: { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }) {
            out.append(fact("alerts.pages_per_shift.max", .number(Double(worst.value.count)),
                            worst.value.examples + [EvidenceReference(note: "shift starting \(shiftLabel(worst.key)); \(pageNote)")]))
            let counts = ordered.map(\.value.count).sorted()
            let median = counts.count % 2 == 1
                ? Double(counts[counts.count / 2])
                : Double(counts[counts.count / 2 - 1] + counts[counts.count / 2]) / 2
            out.append(fact("alerts.pages_per_shift.median", .number(median),
                            fileRefs + [EvidenceReference(note: "over \(counts.count) shifts with at least one page")]))
            let over = ordered.filter { $0.value.count > options.pagesPerShiftBudget }.map { entry in
                FactItem(shiftLabel(entry.key), detail: "\(entry.value.count) pages in \(options.shiftHours) h", evidence: entry.value.examples)
            }
            out.append(fact("alerts.shifts_over_budget", .list(over), fileRefs))
        } else {
            out.append(fact("alerts.pages_per_shift.max", .number(0), []))
            out.append(fact("alerts.pages_per_shift.median", .number(0), []))
            out.append(fact("alerts.shifts_over_budget", .list([]), []))
        }

        out.append(fact("alerts.self_resolved_share", .number(share(selfResolved, total)),
                        selfResolvedExamples + [EvidenceReference(note: "\(selfResolved) of \(total) alerts resolved within \(options.selfResolveMinutes.compactString) min without acknowledgement")]))

        var flapping: [String: (episodes: Int, keys: Int, examples: [EvidenceReference])] = [:]
        for state in flaps.values where state.episodes > 0 {
            var entry = flapping[state.name] ?? (0, 0, [])
            entry.episodes += state.episodes
            entry.keys += 1
            for ref in state.examples where entry.examples.count < options.exampleLimit { entry.examples.append(ref) }
            flapping[state.name] = entry
        }
        let flapItems = flapping.sorted { $0.value.episodes > $1.value.episodes || ($0.value.episodes == $1.value.episodes && $0.key < $1.key) }
            .map { name, entry in
                FactItem(name, detail: "fired \(max(2, options.flappingCount)) times within \(options.flappingWindowMinutes.compactString) min on \(entry.episodes) occasion(s), \(entry.keys) label set(s)", evidence: entry.examples)
            }
        out.append(fact("alerts.flapping", .list(flapItems), fileRefs))

        let noisy = names.sorted { $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key) }
        let topItems = noisy.prefix(max(1, options.topNoisyCount)).map { name, stats in
            FactItem(name, detail: "\(stats.count) alerts, \(percent(share(stats.count, total))) of all", evidence: stats.examples)
        }
        out.append(fact("alerts.top_noisy", .list(Array(topItems)), fileRefs))
        if let top = noisy.first {
            out.append(fact("alerts.top_noisy_share", .number(share(top.value.count, total)),
                            top.value.examples + [EvidenceReference(note: "\(top.key): \(top.value.count) of \(total) alerts")]))
        }

        let days = max(7, ((lastStart - firstStart) / 86400).rounded(.up))
        let weeks = days / 7
        let weekNote = "over \(days.compactString) days (the history's span, at least 7); \(pageNote)"
        out.append(fact("alerts.off_hours_per_week", .number(Double(usePages ? offHoursPages : offHoursAll) / weeks),
                        fileRefs + [EvidenceReference(note: weekNote)]))
        out.append(fact("alerts.sleep_hours_per_week", .number(Double(usePages ? sleepPages : sleepAll) / weeks),
                        fileRefs + [EvidenceReference(note: weekNote)]))

        let known = names.filter { $0.value.runbookKnown }
        if !known.isEmpty {
            let without = known.filter { !$0.value.hasRunbook }.sorted { $0.key < $1.key }
            out.append(fact("alerts.without_runbook_share", .number(share(without.count, known.count)),
                            fileRefs + [EvidenceReference(note: "\(without.count) of \(known.count) alert names")]))
            out.append(fact("alerts.without_runbook", .list(without.map {
                FactItem($0.key, detail: "\($0.value.count) alerts, none with a runbook annotation", evidence: Array($0.value.examples.prefix(options.exampleLimit)))
            }), fileRefs))
        }
        return out
    }
}
