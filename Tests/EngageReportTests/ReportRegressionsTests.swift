import EngageAnalysis
import Foundation
import Testing
@testable import EngageReport

/// A follow-up assessment after `close`: the report calls out what got worse against the exit round.
struct ReportRegressionsTests {
    static func document(language: String = "en") -> ReportDocument {
        var doc = ReportFixtures.document(language: language)
        doc.followUpRound = ReportRound(round: "follow-up-1", date: "2027-01-28", respondents: ["lee"])
        doc.regressions = [
            Regression(scope: .principle, id: "principle-1", before: "55.0", after: "41.0", delta: -14),
            Regression(scope: .question, id: "p1.q", before: "Yes", after: ReportFixtures.hostile, delta: nil),
        ]
        return doc
    }

    @Test func noRegressionSectionBeforeAFollowUp() throws {
        let doc = ReportFixtures.document()
        #expect(!(try ReportRenderer().render(doc, as: .html)).contains("<section id=\"regressions\">"))
        #expect(!(try ReportRenderer().render(doc, as: .markdown)).contains("Regressions"))
    }

    @Test func htmlCallsOutRegressionsEscaped() throws {
        let html = try ReportRenderer().render(Self.document(), as: .html)
        #expect(html.contains("<section id=\"regressions\">"))
        #expect(html.contains("follow-up-1, 2027-01-28 (lee)"))
        #expect(html.contains("<td class=\"num down\">−14.0</td>"))
        #expect(!html.contains(ReportFixtures.hostile))
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;"))
    }

    @Test func markdownListsRegressionsInATable() throws {
        let md = try ReportRenderer().render(Self.document(), as: .markdown)
        #expect(md.contains("## Regressions at the follow-up assessment"))
        #expect(md.contains("| principle `principle-1` | 55.0 | 41.0 | −14.0 |"))
        #expect(md.contains("| question `p1.q` | Yes | &lt;/td&gt;&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q' | – |"))
    }

    @Test func koreanHeading() throws {
        let md = try ReportRenderer().render(Self.document(language: "ko"), as: .markdown)
        #expect(md.contains("## 후속 평가에서 드러난 퇴보"))
        #expect(md.contains("| 대상 | 종료 시 | 후속 평가 | 변화 |"))
    }

    @Test func jsonCarriesThem() throws {
        let json = try ReportRenderer().render(Self.document(), as: .json)
        let back = try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8))
        #expect(back.regressions.count == 2)
        #expect(back.followUpRound?.round == "follow-up-1")
    }
}

/// Missing optional facts leave their rows out instead of printing `nil`.
struct ReportMissingValuesTests {
    static func sparse() -> ReportDocument {
        var doc = ReportFixtures.document()
        doc.engagement.service = nil
        doc.engagement.sre = nil
        doc.engagement.stage = nil
        doc.engagement.scope = nil
        doc.baseline = nil
        doc.decisions = [DecisionRow(date: "2026-09-04", phase: "learn", phaseTitle: "Learn", decision: "Treat it as small-critical", why: "three revenue paths", stressor: nil)]
        return doc
    }

    @Test(arguments: ReportFormat.allCases.filter { $0 != .json })
    func noNilReachesTheReport(_ format: ReportFormat) throws {
        let text = try ReportRenderer().render(Self.sparse(), as: format)
        #expect(!text.contains("nil"))
        #expect(!text.contains("Optional("))
        #expect(text.contains("Treat it as small-critical"))
    }

    @Test func htmlDropsTheEmptyRows() throws {
        let html = try ReportRenderer().render(Self.sparse(), as: .html)
        #expect(!html.contains("<td>Embedded SRE</td>"))
        #expect(!html.contains("<td>Service</td>"))
        #expect(!html.contains("(<code>"), "no stressor link for a decision without one")
    }
}
