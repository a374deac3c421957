import EngageCore
import Testing
@testable import EngageEvidence

/// Facts of `alerts/pagerduty-incidents.csv` in UTC, by hand. 2024-05-06 is a Monday.
///   101 high  Mon 02:00, auto-resolved after 3 min, no ack      → self-resolved
///   102 high  Mon 03:00, acked after 2 min, resolved in 1 h
///   103 high  Mon 03:30, resolved in 4 min by a human (auto_resolved false)
///   104 low   Mon 23:30, 30 min
///   105 high  Tue 01:00, auto-resolved after 2 min, no ack      → self-resolved
///   106 low   Wed 10:00, still open (quoted title with "" and a description over two lines)
@Suite struct PagerDutyTests {
    let output = AlertHistoryCollector().collect(files: [Fixture.path("alerts/pagerduty-incidents.csv")], options: Fixture.options())

    @Test func incidents() throws {
        #expect(output.diagnostics.isEmpty)
        #expect(output.facts.number("alerts.total") == 6)
        #expect(output.facts.number("alerts.pages") == 4)  // urgency high
        // Shifts from 09:00 UTC: Sun 21:00–Mon 09:00 has 101, 102, 103; Mon 21:00–Tue 09:00 has 105.
        #expect(output.facts.number("alerts.pages_per_shift.max") == 3)
        #expect(output.facts.number("alerts.pages_per_shift.median") == 2)
        let selfResolved = try #require(output.facts.number("alerts.self_resolved_share"))
        #expect(selfResolved.isClose(to: 2.0 / 6.0))
        // "[FIRING:n] " is dropped, so 101, 103, 105 share a name: 3 of 6.
        #expect(output.facts.values("alerts.top_noisy")?.first == "HighErrorRate (api)")
        #expect(output.facts.number("alerts.top_noisy_share") == 0.5)
        // All four pages are before 09:00 and between 23:00 and 07:00; span 2.3 days → 1 week.
        #expect(output.facts.number("alerts.off_hours_per_week") == 4)
        #expect(output.facts.number("alerts.sleep_hours_per_week") == 4)
        // No runbook column: the runbook facts are unknown, not zero.
        #expect(output.facts.fact("alerts.without_runbook_share") == nil)
        #expect(output.facts.values("alerts.flapping") == [])
    }

    @Test func incidentNumbersAreTheEvidence() {
        let records = output.facts.fact("alerts.pages_per_shift.max")?.evidence.compactMap(\.record)
        #expect(records == ["101", "102", "103"])
    }
}

/// `alerts/generic-alerts.csv` through a column mapping (UTC).
@Suite struct GenericCSVTests {
    static var options: EvidenceOptions {
        var options = Fixture.options()
        options.genericAlertColumns = GenericAlertColumns(time: "Fired", end: "Resolved", name: "Rule", severity: "Severity", acknowledged: "Acked", runbook: "Runbook")
        return options
    }

    @Test func mappedColumns() throws {
        let out = AlertHistoryCollector().collect(files: [Fixture.path("alerts/generic-alerts.csv")], options: Self.options)
        #expect(out.diagnostics.isEmpty)
        #expect(out.facts.number("alerts.total") == 4)
        // Only the 10:00 alert resolved within 5 min unacknowledged (10:30 was acked): 1 of 4.
        #expect(out.facts.number("alerts.self_resolved_share") == 0.25)
        // Pages (critical): 10:00 and 10:30 in the 09–21 shift, 23:30 in the next: max 2, median 1.5.
        #expect(out.facts.number("alerts.pages_per_shift.max") == 2)
        #expect(out.facts.number("alerts.pages_per_shift.median") == 1.5)
        // MemoryLeak has an empty runbook cell: 1 of 2 names.
        #expect(out.facts.number("alerts.without_runbook_share") == 0.5)
    }

    @Test func mappingParsesFromTheCommandLineForm() {
        let (columns, unknown) = GenericAlertColumns.parse("time=Fired, name=Rule,colour=red")
        #expect(columns.time == "Fired")
        #expect(columns.name == "Rule")
        #expect(unknown == ["colour"])
    }
}

/// Every malformed alert fixture yields positioned errors and nothing crashes.
@Suite struct MalformedAlertTests {
    static let cases: [ExpectedProblem] = [
        // Line 2 lacks a comma between "labels":{…} and "startsAt" (the quote at column 77).
        ExpectedProblem(file: "am-bad-json.ndjson", line: 2, column: 77, message: "expected ',' or '}' in object"),
        ExpectedProblem(file: "am-missing-startsat.ndjson", line: 1, column: 26, message: "alert has no startsAt"),
        ExpectedProblem(file: "am-bad-time.ndjson", line: 1, column: 90, message: "startsAt is not an RFC 3339 time: \"yesterday at noon\""),
        // The file ends inside the endsAt string opened on line 9.
        ExpectedProblem(file: "am-truncated.json", line: 9, column: 17, message: "unterminated string"),
        ExpectedProblem(file: "am-not-json.json", line: 1, column: 1, message: "expected a JSON object or array"),
        ExpectedProblem(file: "pd-unterminated.csv", line: 3, column: 6, message: "unterminated quoted field"),
        ExpectedProblem(file: "pd-field-count.csv", line: 3, column: 20, message: "record has 5 field(s), the header has 7"),
        ExpectedProblem(file: "pd-bad-date.csv", line: 3, column: 29, message: "\"31/02/2024 10:00\" is not a time (column created_at)"),
        ExpectedProblem(file: "generic-missing-columns.csv", line: 1, column: 1, message: "alert CSV has no column for time"),
    ]

    @Test(arguments: cases)
    func malformedFileIsReportedAtItsPosition(expected: ExpectedProblem) {
        let out = AlertHistoryCollector().collect(files: [Fixture.path("alerts/malformed/" + expected.file)], options: Fixture.options())
        #expect(out.diagnostics.contains(expected), "got: \(out.diagnostics.map(\.description))")
        #expect(out.diagnostics.contains { $0.severity == .error })
    }

    @Test func goodLinesAroundABadOneStillCount() {
        let out = AlertHistoryCollector().collect(files: [Fixture.path("alerts/malformed/am-bad-json.ndjson")], options: Fixture.options())
        #expect(out.facts.number("alerts.total") == 2)
        let pd = AlertHistoryCollector().collect(files: [Fixture.path("alerts/malformed/pd-field-count.csv")], options: Fixture.options())
        #expect(pd.facts.number("alerts.total") == 2)
    }

    @Test func aThousandBadLinesMakeAShortReport() {
        let text = String(repeating: "{not json}\n", count: 1000)
        let out = AlertHistoryCollector().collect(files: [Fixture.temporary(text, name: "bad.ndjson")], options: Fixture.options())
        #expect(out.diagnostics.count == 51)
        #expect(out.diagnostics.last?.message == "950 more problems in this file not shown")
    }
}
