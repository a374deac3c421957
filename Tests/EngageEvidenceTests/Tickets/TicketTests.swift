import EngageCore
import Testing
@testable import EngageEvidence

/// `tickets/tickets.csv` by hand, with the shipped toil-category rules.
///   T-1 0.5 h access-requests (category "Access request")     toil
///   T-2 1.5 h certificate-renewals ("Certificate")             toil
///   T-3 6 h   engineering ("Project")                          not toil
///   T-4 2 h   manual-deploys ("Deploy")                        toil
///   T-5 0.75 h restarts-and-cleanups (title "Restart …")       toil
///   T-6 2 h   overhead ("Meeting"), toil flag "no"             not toil
///   T-7 1 h   no rule, toil flag "yes"                         toil, uncategorised
///   T-8 no time, no rule                                       not toil
/// Logged 13.75 h; toil 0.5 + 1.5 + 2 + 0.75 + 1 = 5.75 h → 5.75 / 13.75.
@Suite struct TicketTests {
    let out = TicketCollector().collect(files: [Fixture.path("tickets/tickets.csv")], options: Fixture.options())

    @Test func toilShareOfTime() throws {
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
        #expect(out.facts.number("tickets.count") == 8)
        let share = try #require(out.facts.number("tickets.toil_share"))
        #expect(share.isClose(to: 5.75 / 13.75))
    }

    @Test func interruptsPerWeek() {
        // 8 tickets from 2024-04-01 to 2024-04-15: 14 days = 2 weeks → 4 per week.
        #expect(out.facts.number("tickets.interrupts_per_week") == 4)
    }

    @Test func topToilCategories() {
        #expect(out.facts.values("tickets.top_toil_categories") == ["manual-deploys", "certificate-renewals", "uncategorised", "restarts-and-cleanups", "access-requests"])
        let first = out.facts.items("tickets.top_toil_categories")?.first
        // 2 h of 13.75 h = 14.5 %.
        #expect(first?.detail == "2 h, 14.5 % of all, 1 ticket(s)")
        #expect(first?.evidence.first?.record == "T-4")
        #expect(first?.evidence.first?.line == 5)
        #expect(out.facts.number("tickets.unclassified") == 2)
    }

    @Test func withoutATimeColumnTheShareIsOfTickets() throws {
        let path = Fixture.temporary("id,created,category\n1,2024-04-01,Deploy\n2,2024-04-02,Project\n3,2024-04-03,Deploy\n4,2024-04-04,Meeting\n", name: "t.csv")
        let facts = TicketCollector().collect(files: [path], options: Fixture.options()).facts
        // Deploy ×2 toil of 4 tickets.
        #expect(facts.number("tickets.toil_share") == 0.5)
        #expect(facts.fact("tickets.toil_share")?.evidence.last?.note?.contains("no time-spent column") == true)
    }

    static let malformed: [ExpectedProblem] = [
        ExpectedProblem(file: "tickets-unterminated.csv", line: 3, column: 16, message: "unterminated quoted field"),
        ExpectedProblem(file: "tickets-bad-duration.csv", line: 3, column: 29, message: "\"a while\" is not a duration"),
        ExpectedProblem(file: "tickets-bad-duration.csv", line: 4, column: 36, message: "\"maybe\" is not yes or no (column toil)"),
        ExpectedProblem(file: "tickets-no-created.csv", line: 1, column: 1, message: "tickets CSV has no 'created' column"),
    ]

    @Test(arguments: malformed)
    func malformedTicketsAreReportedAtTheirPosition(expected: ExpectedProblem) {
        let out = TicketCollector().collect(files: [Fixture.path("tickets/malformed/" + expected.file)], options: Fixture.options())
        #expect(out.diagnostics.contains(expected), "got: \(out.diagnostics.map(\.description))")
    }
}
