import EngageCore
import Foundation
import Testing
@testable import EngageKit

struct EngagementStoreTests {
    @Test(arguments: ["..", "../etc", "/etc/passwd", "a/b", "team\u{7}", "Payments", "", ".hidden", "a..b", String(repeating: "x", count: 65)])
    func hostileTeamNamesAreRefused(_ name: String) throws {
        let store = try Fixtures.store()
        #expect(throws: EngageError.self) { try TeamName.validate(name) }
        #expect(throws: EngageError.self) {
            _ = try store.create(Engagement.new(team: name, service: nil, sre: nil, start: "2026-01-01", guide: nil, checklists: []))
        }
        let listing = try FileManager.default.contentsOfDirectory(atPath: store.root)
        #expect(listing == ["payments"])
    }

    @Test func refusalExplainsAndSuggests() {
        do {
            _ = try TeamName.validate("Payments Team")
            Issue.record("expected refusal")
        } catch {
            #expect(error.description.contains("try 'payments-team'"))
            #expect(error.exitCode == 2)
        }
    }

    @Test func createLoadRoundTrip() throws {
        let store = try Fixtures.store()
        let e = try store.load("payments")
        #expect(e.service == "checkout")
        #expect(e.phases.map(\.id) == ["learn", "closeout"])
        #expect(e.task("learn.exit")?.status == .open)
        #expect(throws: EngageError.self) { _ = try store.create(e) }
    }

    @Test func updateWritesAtomicallyAndValidates() throws {
        let store = try Fixtures.store()
        try store.update("payments") { (e: inout Engagement) throws(EngageError) in
            _ = e.setTask("learn.shadow", status: .done, date: "2026-09-02", note: "two nights")
            e.decisions.append(Decision(date: "2026-09-03", phase: "learn", decision: "Write the SLO first", why: "quantifies impact"))
        }
        let e = try store.load("payments")
        #expect(e.task("learn.shadow")?.status == .done)
        #expect(e.decisions.count == 1)
        let before = try String(contentsOfFile: try store.paths("payments").engagementFile, encoding: .utf8)
        #expect(throws: EngageError.self) {
            try store.update("payments") { (e: inout Engagement) throws(EngageError) in
                e.decisions.append(Decision(date: "2026-13-40", decision: "x", why: "y"))
            }
        }
        let after = try String(contentsOfFile: try store.paths("payments").engagementFile, encoding: .utf8)
        #expect(before == after)
    }

    @Test func malformedEngagementFileGetsPositionedErrors() throws {
        let store = try Fixtures.store()
        let file = try store.paths("payments").engagementFile
        try "schema: 1\nkind: engagement\nteam: payments\nstart: 2026-02-30\nphases:\n  - id: learn\n    tasks:\n      - {id: learn.shadw, status: finished}\n".write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try store.load("payments")
            Issue.record("expected errors")
        } catch {
            let text = error.diagnostics.map(\.description)
            #expect(text.contains("\(file):4:8: error: start '2026-02-30' is not a date (YYYY-MM-DD)"))
            #expect(text.contains("\(file):8:14: error: unknown guide task 'learn.shadw' (did you mean 'learn.shadow'?)"))
            #expect(text.contains("\(file):8:35: error: unknown status 'finished'; use open or done"))
        }
    }
}

struct EvidenceSettingsTests {
    @Test func engagementEvidenceSettingsRoundTripAndApply() throws {
        let store = try Fixtures.store()
        try store.update("payments") { (e: inout Engagement) throws(EngageError) in e.evidence = ["timezone": "Asia/Seoul", "working_hours": "10-19"] }
        let e = try store.load("payments")
        #expect(e.evidence["timezone"] == "Asia/Seoul")
        let options = try EvidenceService(checklistsPath: "/nonexistent").options(engagement: e)
        #expect(options.timeZone.identifier == "Asia/Seoul")
        #expect(options.workStartHour == 10)
        var bad = e
        bad.evidence = ["timezon": "UTC"]
        #expect(throws: EngageError.self) { _ = try EvidenceService(checklistsPath: "/nonexistent").options(engagement: bad) }
        #expect(throws: EngageError.self) { _ = try EvidenceService(checklistsPath: "/nonexistent", settings: ["sleep_hours"]).options(engagement: e) }
    }
}
