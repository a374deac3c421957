import EngageCore
import Foundation
import Testing
@testable import EngageKit

struct EngagementLogTests {
    func log() throws -> EngagementLog { EngagementLog(store: try Fixtures.store(), clock: Fixtures.clock) }

    func fileText(_ log: EngagementLog) throws -> String {
        try String(contentsOfFile: try log.store.paths("payments").engagementFile, encoding: .utf8)
    }

    @Test func decisionsGoToTheCurrentPhaseWithReasoning() throws {
        let log = try log()
        let e = try log.decide(team: "payments", decision: "Write the checkout SLO first", why: "It quantifies impact", phase: nil, stressor: nil)
        #expect(e.decisions.last?.phase == "learn")
        #expect(e.decisions.last?.why == "It quantifies impact")
    }

    @Test func badInputWritesNothing() throws {
        let log = try log()
        let before = try fileText(log)
        #expect(throws: EngageError.self) { try log.setTask(team: "payments", id: "learn.nope", status: .done, note: nil) }
        #expect(throws: EngageError.self) { try log.decide(team: "payments", decision: "x", why: "  ", phase: nil, stressor: nil) }
        #expect(throws: EngageError.self) { try log.decide(team: "payments", decision: "x", why: "y", phase: "nowhere", stressor: nil) }
        #expect(throws: EngageError.self) { try log.addSLO(team: "payments", record: SLORecord(service: "checkout", objective: 100)) }
        #expect(throws: EngageError.self) { try log.addSLO(team: "payments", record: SLORecord(service: "checkout", file: "missing.yaml")) }
        #expect(try fileText(log) == before)
    }

    @Test func closeRefusesWithOpenExitCriteriaAndTwice() throws {
        let log = try log()
        do {
            try log.close(team: "payments", force: false, reason: nil)
            Issue.record("expected refusal")
        } catch {
            #expect(error.description.contains("learn.exit"))
        }
        #expect(throws: EngageError.self) { try log.close(team: "payments", force: true, reason: nil) }
        let closed = try log.close(team: "payments", force: true, reason: "team reorganised")
        #expect(closed.closure?.forcedReason == "team reorganised")
        #expect(closed.closure?.openCriteria == ["learn.exit"])
        #expect(closed.closure?.followUp != nil)
        let before = try fileText(log)
        #expect(throws: EngageError.self) { try log.close(team: "payments", force: true, reason: "again") }
        #expect(throws: EngageError.self) { try log.setTask(team: "payments", id: "learn.shadow", status: .done, note: nil) }
        #expect(try fileText(log) == before)
    }

    @Test func closeWhenExitCriteriaAreDone() throws {
        let log = try log()
        try log.setTask(team: "payments", id: "learn.exit", status: .done, note: "new service, preparing for growth")
        let e = try log.close(team: "payments", force: false, reason: nil, followUpDays: 30)
        let day = Timestamp.day(Fixtures.clock.now())
        #expect(e.closure?.date == day)
        #expect(e.closure?.followUp == CalendarDate(day)?.adding(days: 30).description)
    }

    @Test func guideStatusShowsNextTask() throws {
        let log = try log()
        try log.setTask(team: "payments", id: "learn.shadow", status: .done, note: nil)
        let text = GuideStatusRenderer(language: .en, style: .plain).render(try log.store.load("payments"), guide: try #require(log.store.library.guide))
        #expect(text.contains("[x] Shadow on-call"))
        #expect(text.contains("Next: Stage named"))
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2026-13-01", false), ("2026-1-01", false), ("2026-04-31", false)])
    func calendarDates(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
    }

    @Test func dateArithmetic() {
        #expect(CalendarDate("2026-12-20")?.adding(days: 90).description == "2027-03-20")
        #expect(CalendarDate("1970-01-01")?.daysSinceEpoch == 0)
    }
}
