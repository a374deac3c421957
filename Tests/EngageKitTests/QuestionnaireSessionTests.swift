import EngageCore
import Testing
@testable import EngageKit

struct QuestionnaireSessionTests {
    let items = QuestionnaireItem.items(for: Fixtures.library().assessments)

    @Test func numberKeysAnswerAndAdvance() {
        var s = QuestionnaireSession(items: items)
        #expect(s.handle(.character("3")) == [.saveDraft])
        #expect(s.answers["a.one"]?.optionID == "full")
        #expect(s.current?.question.id == "a.two")
    }

    @Test func arrowsAndEnterAnswerTheHighlightedOption() {
        var s = QuestionnaireSession(items: items)
        _ = s.handle(.down)
        _ = s.handle(.down)
        _ = s.handle(.up)
        #expect(s.handle(.enter) == [.saveDraft])
        #expect(s.answers["a.one"]?.optionID == "partial")
    }

    @Test func backSkipNotApplicableAndNote() {
        var s = QuestionnaireSession(items: items)
        _ = s.handle(.character("1"))          // a.one: none
        _ = s.handle(.character("b"))          // back to a.one
        #expect(s.current?.question.id == "a.one")
        _ = s.handle(.character("n"))          // note
        for c in "메모 ok" { _ = s.handle(.character(c)) }
        #expect(s.handle(.enter) == [.saveDraft])
        #expect(s.answers["a.one"]?.note == "메모 ok")
        #expect(s.answers["a.one"]?.optionID == "none")
        _ = s.handle(.character("2"))          // a.one: partial, note kept
        #expect(s.answers["a.one"]?.note == "메모 ok")
        _ = s.handle(.character("x"))          // a.two: n/a
        #expect(s.handle(.enter) == [])        // empty reason refused
        for c in "no db" { _ = s.handle(.character(c)) }
        _ = s.handle(.enter)
        #expect(s.answers["a.two"]?.choice == .notApplicable(reason: "no db"))
        #expect(s.handle(.character("s")) == [.saveDraft])     // b.one skipped
        #expect(s.answers["b.one"]?.choice == .skipped)
        #expect(s.mode == .review)
        #expect(s.answeredCount == 2)
        #expect(s.handle(.enter) == [.finish])
    }

    @Test func escapeCancelsTyping() {
        var s = QuestionnaireSession(items: items)
        _ = s.handle(.character("x"))
        _ = s.handle(.character("a"))
        _ = s.handle(.escape)
        #expect(s.mode == .choosing)
        #expect(s.answers["a.one"] == nil)
    }

    @Test(arguments: [Key.interrupt, .endOfInput, .character("q")])
    func interruptAndEndOfInputQuit(_ key: Key) {
        var s = QuestionnaireSession(items: items)
        _ = s.handle(.character("1"))
        #expect(s.handle(key) == [.quit])
        #expect(s.answers["a.one"]?.optionID == "none")
    }

    @Test func resumesAtFirstUnanswered() {
        var sheet = AnswerSheet()
        sheet.set(Answer(questionID: "a.one", choice: .option("full")))
        sheet.set(Answer(questionID: "a.two", choice: .skipped))
        let s = QuestionnaireSession(items: items, answers: sheet)
        #expect(s.current?.question.id == "b.one")
    }

    @Test func previousRoundAnswerIsHighlightedAndShown() {
        let previous = ["a.one": Answer(questionID: "a.one", choice: .option("partial"))]
        let s = QuestionnaireSession(items: items, previous: previous)
        #expect(s.highlight == 1)
        let screen = QuestionnaireScreen(team: "payments", language: .en, style: .plain, width: 100).lines(for: s).joined(separator: "\n")
        #expect(screen.contains("Last round: 2. Partly"))
    }
}
