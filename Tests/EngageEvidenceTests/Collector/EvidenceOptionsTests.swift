import EngageCore
import EngageYAML
import Foundation
import Testing
@testable import EngageEvidence

@Suite struct EvidenceOptionsTests {
    @Test func settingsFromText() {
        var options = EvidenceOptions()
        #expect(options.set("timezone", to: "Asia/Seoul") == nil)
        #expect(options.timeZone.identifier == "Asia/Seoul")
        #expect(options.set("working_hours", to: "10-19") == nil)
        #expect((options.workStartHour, options.workEndHour) == (10, 19))
        #expect(options.set("sleep_hours", to: "00-08") == nil)
        #expect((options.sleepStartHour, options.sleepEndHour) == (0, 8))
        #expect(options.set("working_days", to: "sun-thu") == nil)
        #expect(options.workingDays == [7, 1, 2, 3, 4])
        #expect(options.set("page_severities", to: "P1, Critical") == nil)
        #expect(options.pageSeverities == ["p1", "critical"])
        #expect(options.set("alert_columns", to: "time=Fired,name=Rule") == nil)
        #expect(options.genericAlertColumns.time == "Fired")
    }

    @Test(arguments: [
        ("timezone", "Mars/Olympus", "unknown time zone"),
        ("self_resolve_minutes", "-1", "self_resolve_minutes must be"),
        ("working_hours", "18-09", "must start before they end"),
        ("working_days", "monday to friday", "working_days must be"),
        ("shift_start_hour", "25", "shift_start_hour must be"),
        ("alert_columns", "when=Fired", "unknown column role(s) when"),
        ("self_resolve_minute", "5", "unknown evidence setting 'self_resolve_minute' (did you mean 'self_resolve_minutes'?)"),
    ])
    func badSettingsAreExplained(key: String, value: String, message: String) {
        var options = EvidenceOptions()
        let problem = options.set(key, to: value)
        #expect(problem?.contains(message) == true, "\(String(describing: problem))")
    }

    @Test func engagementEvidenceMappingWithPositions() throws {
        let yaml = """
        evidence:
          timezone: Asia/Seoul
          flapping_count: 4
          page_severities: [critical, page]
          alert_columns: {time: Fired, name: Rule}
          shift_hours: twelve
          sleep_hour: 23-07
        """
        let sink = DiagnosticSink()
        let document = try #require(YAMLDocument.parse(text: yaml, file: "engagement.yaml", sink: sink).first)
        let root = try #require(document.value(sink: sink).mapping("root"))
        let evidence = try #require(root.optional("evidence")?.mapping("evidence"))
        var options = EvidenceOptions()
        options.apply(evidence)
        #expect(options.timeZone.identifier == "Asia/Seoul")
        #expect(options.flappingCount == 4)
        #expect(options.pageSeverities == ["critical", "page"])
        #expect(options.genericAlertColumns.name == "Rule")
        let problems = sink.diagnostics.all
        #expect(problems.contains(ExpectedProblem(file: "engagement.yaml", line: 6, column: 16, message: "shift_hours must be")))
        #expect(problems.contains(ExpectedProblem(file: "engagement.yaml", line: 7, column: 3, message: "did you mean 'sleep_hours'?")))
    }
}
