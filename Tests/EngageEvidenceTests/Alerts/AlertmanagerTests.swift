import EngageCore
import Testing
@testable import EngageEvidence

/// Facts of `alerts/alertmanager-small.ndjson`, computed by hand. The team is in Asia/Seoul
/// (UTC+9, no daylight saving), so 00:10Z is 09:10 local.
///
/// Alerts (notifications with the same fingerprint and startsAt are one alert):
///   a1#1 HighLatency critical 2024-03-04 09:10 Mon (lines 1+2: firing, then resolved 3 min later)
///   b1   DiskFull    critical 2024-03-05 00:00 Tue (30 min)
///   c1×3 Flappy      warning  2024-03-05 10:00, 10:20, 10:40 Tue (2 min each)
///   a2   HighLatency critical 2024-03-04 10:00 Mon (still firing)
///   a1#2 HighLatency critical 2024-03-04 11:00 Mon (20 min)
/// → 7 alerts; line 8 is blank.
@Suite struct AlertmanagerTests {
    let output = AlertHistoryCollector().collect(
        files: [Fixture.path("alerts/alertmanager-small.ndjson")], options: Fixture.options(timeZone: "Asia/Seoul"))

    @Test func countsAlertsNotNotifications() {
        #expect(output.facts.number("alerts.total") == 7)
        // Pages: the critical ones, a1#1, b1, a2, a1#2.
        #expect(output.facts.number("alerts.pages") == 4)
    }

    @Test func pagesPerShift() {
        // 12-hour shifts from 09:00 local. Mon 09:00–21:00 holds a1#1, a2, a1#2 = 3 pages;
        // Mon 21:00–Tue 09:00 holds b1 = 1. Max 3; median of [1, 3] = 2.
        #expect(output.facts.number("alerts.pages_per_shift.max") == 3)
        #expect(output.facts.number("alerts.pages_per_shift.median") == 2)
        #expect(output.facts.values("alerts.shifts_over_budget") == ["2024-03-04 09:00 +09:00"])
        let evidence = output.facts.fact("alerts.pages_per_shift.max")?.evidence ?? []
        #expect(evidence.compactMap(\.record) == ["a1a1a1a1a1a1a1a1", "a2a2a2a2a2a2a2a2", "a1a1a1a1a1a1a1a1"])
        #expect(evidence.compactMap(\.line) == [1, 7, 9])
    }

    @Test func selfResolvedShare() throws {
        // Resolved within 5 min: a1#1 (3 min) and c1×3 (2 min) = 4 of 7.
        let share = try #require(output.facts.number("alerts.self_resolved_share"))
        #expect(share.isClose(to: 4.0 / 7.0))
    }

    @Test func flappingAndNoisy() throws {
        // c1 fired 3 times within 40 minutes (≤ 60): one episode. a1 fired twice only.
        #expect(output.facts.values("alerts.flapping") == ["Flappy"])
        // HighLatency 3 and Flappy 3 tie; ties sort by name.
        #expect(output.facts.values("alerts.top_noisy") == ["Flappy", "HighLatency", "DiskFull"])
        let share = try #require(output.facts.number("alerts.top_noisy_share"))
        #expect(share.isClose(to: 3.0 / 7.0))
    }

    @Test func offHoursAndSleep() {
        // Pages off working hours (Mon–Fri 09–18 local): only b1 (Tue 00:00). Sleep (23–07): b1.
        // Span: Mon 00:10Z to Tue 01:40Z, 2 days, so the 7-day minimum applies: 1 week.
        #expect(output.facts.number("alerts.off_hours_per_week") == 1)
        #expect(output.facts.number("alerts.sleep_hours_per_week") == 1)
    }

    @Test func runbooks() throws {
        // HighLatency carries runbook_url; DiskFull has none; Flappy's is empty. 2 of 3 names.
        let share = try #require(output.facts.number("alerts.without_runbook_share"))
        #expect(share.isClose(to: 2.0 / 3.0))
        #expect(output.facts.values("alerts.without_runbook") == ["DiskFull", "Flappy"])
    }

    @Test func truncatedPayloadIsAWarningWithItsPosition() {
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics.contains(ExpectedProblem(
            file: "alertmanager-small.ndjson", line: 3, column: 381, message: "truncatedAlerts", severity: .warning)))
    }

    @Test func everyFactCarriesEvidenceAndTheCollectorName() {
        for fact in output.facts {
            #expect(!fact.evidence.isEmpty, "\(fact.name)")
            #expect(fact.collector == "alerts")
            #expect(FactCatalog.definition(fact.name) != nil, "\(fact.name) is not in the fact catalogue")
        }
    }

    @Test func aSinglePrettyPayload() throws {
        let out = AlertHistoryCollector().collect(files: [Fixture.path("alerts/alertmanager-payload.json")], options: Fixture.options())
        #expect(out.diagnostics.isEmpty)
        // Two alerts; the resolved one lasted 4.5 min → self-resolved; one of two.
        #expect(out.facts.number("alerts.total") == 2)
        #expect(out.facts.number("alerts.self_resolved_share") == 0.5)
        // The first alert has a `runbook` annotation, so the name has a runbook.
        #expect(out.facts.number("alerts.without_runbook_share") == 0)
        let lines = out.facts.fact("alerts.top_noisy_share")?.evidence.compactMap(\.line)
        // Open alerts are counted in start order at the end: the 13:05 one (line 21) before 13:08 (line 12).
        #expect(lines == [21, 12])
    }

    @Test func anArrayOfPayloadsWithoutFingerprints() {
        let out = AlertHistoryCollector().collect(files: [Fixture.path("alerts/alertmanager-array.json")], options: Fixture.options())
        #expect(out.diagnostics.isEmpty)
        // Same label set (in another order) and startsAt → one alert, resolved after 4 min.
        #expect(out.facts.number("alerts.total") == 1)
        #expect(out.facts.number("alerts.self_resolved_share") == 1)
        // No severity label anywhere → every alert counts as a page.
        #expect(out.facts.number("alerts.pages") == 1)
    }

    @Test func aStringHashOfLabelsStandsInForAMissingFingerprint() {
        let evidence = AlertHistoryCollector().collect(files: [Fixture.path("alerts/alertmanager-array.json")], options: Fixture.options())
            .facts.fact("alerts.pages_per_shift.max")?.evidence.compactMap(\.record) ?? []
        #expect(evidence.count == 1)
        #expect(evidence.first?.hasPrefix("labels:") == true)
    }
}

/// The NDJSON reader streams in chunks; lines split across chunk boundaries give the same facts.
@Suite struct AlertmanagerStreamingTests {
    @Test(arguments: [1, 7, 64, 333, 1000])
    func chunkBoundariesDoNotChangeFacts(chunkSize: Int) {
        let path = Fixture.path("alerts/alertmanager-small.ndjson")
        let options = Fixture.options(timeZone: "Asia/Seoul")
        func facts(_ size: Int) -> [Fact] {
            var stats = AlertStatistics(options: options)
            var reader = AlertmanagerReader(options: options)
            reader.chunkSize = size
            _ = reader.read(path: path, into: &stats)
            return stats.finish(collector: "alerts")
        }
        #expect(facts(chunkSize) == facts(1 << 20))
        #expect(facts(chunkSize).number("alerts.total") == 7)
    }
}

/// State for alerts long past is counted and dropped, so memory follows the active window.
@Suite struct AlertRetentionTests {
    @Test func oldFingerprintsAreCountedOnceAndForgotten() {
        // 200,000 notifications, each a new fingerprint, one minute apart (139 days): every one is
        // one alert, and a repeat of the first, long after, is counted as a new alert.
        var stats = AlertStatistics(options: Fixture.options())
        let base = 1_700_000_000.0
        for i in 0..<200_000 {
            let key = "fp\(i)"
            stats.addNotification(AlertEvent(key: key, flapKey: key, name: "A\(i % 10)", start: base + Double(i) * 60, end: nil,
                                             acknowledged: nil, autoResolved: nil, isPage: true, hasRunbook: nil, file: "f", line: i + 1, record: key))
        }
        stats.addNotification(AlertEvent(key: "fp0", flapKey: "fp0", name: "A0", start: base, end: nil, acknowledged: nil, autoResolved: nil,
                                         isPage: true, hasRunbook: nil, file: "f", line: 200_001, record: "fp0"))
        let facts = stats.finish(collector: "alerts")
        #expect(facts.number("alerts.total") == 200_001)
    }

    @Test func jsonOutsideTheAlertsFolderMustLookLikeAlerts() {
        let package = Fixture.temporary("{\"name\": \"web\", \"version\": \"1.0.0\"}", name: "package.json")
        #expect(EvidenceScanner.classify(package, hint: nil, options: Fixture.options()) == nil)
        #expect(EvidenceScanner.classify(package, hint: .alerts, options: Fixture.options()) == .alerts)
        #expect(EvidenceScanner.classify(Fixture.path("alerts/alertmanager-payload.json"), hint: nil, options: Fixture.options()) == .alerts)
    }
}
