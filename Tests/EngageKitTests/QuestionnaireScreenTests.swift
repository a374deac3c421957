import EngageCore
import Testing
@testable import EngageKit

struct QuestionnaireScreenTests {
    let items = QuestionnaireItem.items(for: Fixtures.library().assessments)

    @Test func firstScreenShowsSectionQuestionOptionsProgressAndKeys() {
        let s = QuestionnaireSession(items: items)
        let text = QuestionnaireScreen(team: "payments", language: .en, style: .plain, width: 100).lines(for: s).joined(separator: "\n")
        #expect(text.contains("sre-engage assess · payments"))
        #expect(text.contains("0/3 answered"))
        #expect(text.contains("section 1/2"))
        #expect(text.contains("Alpha"))
        #expect(text.contains("First question?"))
        #expect(text.contains("› 1. Not at all"))
        #expect(text.contains("  2. Partly"))
        #expect(text.contains("? why"))
        #expect(!text.contains("\u{1B}["), "no colour codes in plain style")
    }

    @Test func koreanScreen() {
        let s = QuestionnaireSession(items: items)
        let text = QuestionnaireScreen(team: "payments", language: .ko, style: .plain, width: 100).lines(for: s).joined(separator: "\n")
        #expect(text.contains("첫 질문?"))
        #expect(text.contains("알파"))
        #expect(text.contains("0/3 답변"))
    }

    @Test func helpScreen() {
        var s = QuestionnaireSession(items: items)
        _ = s.handle(.character("?"))
        let text = QuestionnaireScreen(team: "t", language: .en, style: .plain, width: 100).lines(for: s).joined(separator: "\n")
        #expect(text.contains("Why it matters"))
        #expect(text.contains("Because one."))
    }

    @Test func longTextWrapsToTheWidth() {
        let screen = QuestionnaireScreen(team: "t", language: .en, style: .plain, width: 40)
        let lines = screen.wrap(String(repeating: "word ", count: 30), indent: "  ")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { QuestionnaireScreen.columns($0) <= 39 })
        #expect(QuestionnaireScreen.columns("가나") == 4)
    }

    @Test func progressBar() {
        let bar = QuestionnaireScreen(team: "t", language: .en, style: .plain, width: 80).progressBar(done: 1, total: 4, width: 8)
        #expect(bar == "[██░░░░░░]")
    }
}
