import Testing
@testable import EngageCore

struct ConditionEvaluationTests {
    struct Context: EvaluationContext {
        var answers: [String: AnswerState] = [:]
        var facts = FactSet()
        func answer(_ questionID: String) -> AnswerState { answers[questionID] ?? .notAssessed }
        func fact(_ name: String) -> Fact? { facts[name] }
        func score(_ scope: ScoreScope) -> Double? { scope == .overall ? 42 : nil }
    }

    let pages = Condition(.fact(name: "alerts.pages_per_shift.max", tests: [.above(2)]))
    let noSLO = Condition(.answer(question: "q.slo", test: .inOptions(["none", "ad-hoc"])))

    @Test func missingFactIsUnknownNotFalse() {
        let result = pages.evaluate(in: Context())
        #expect(result.truth == .unknown)
        #expect(result.observations.first?.subject == "alerts.pages_per_shift.max")
    }

    @Test func anyIsTrueWhenOneChildIsTrueEvenIfAnotherIsUnknown() {
        let ctx = Context(answers: ["q.slo": .answered(option: "none", score: 0)])
        #expect(Condition.any([pages, noSLO]).evaluate(in: ctx).truth == .true)
        #expect(Condition.all([pages, noSLO]).evaluate(in: ctx).truth == .unknown)
    }

    @Test func allIsFalseWhenOneChildIsFalse() {
        let ctx = Context(answers: ["q.slo": .answered(option: "full", score: 100)])
        #expect(Condition.all([pages, noSLO]).evaluate(in: ctx).truth == .false)
    }

    @Test func listFactsCompareByCount() {
        var facts = FactSet()
        facts.insert(Fact(name: "slo.services_without_slo", value: .list([FactItem("checkout")]), collector: "slo"))
        let c = Condition(.fact(name: "slo.services_without_slo", tests: [.above(0)]))
        #expect(c.evaluate(in: Context(facts: facts)).truth == .true)
    }

    @Test func notApplicableNeverMatchesOptionTests() {
        let ctx = Context(answers: ["q.slo": .notApplicable])
        #expect(noSLO.evaluate(in: ctx).truth == .false)
        #expect(Condition(.answer(question: "q.slo", test: .notApplicable(true))).evaluate(in: ctx).truth == .true)
    }

    @Test func scoreConditions() {
        #expect(Condition(.score(.overall, .atLeast(40))).evaluate(in: Context()).truth == .true)
        #expect(Condition(.score(.section("x"), .atLeast(40))).evaluate(in: Context()).truth == .unknown)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256KnownVectors(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test(arguments: [("wieght", "weight", 1), ("detials", "detail", 2), ("kitten", "sitting", 3), ("", "abc", 3)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(a.editDistance(to: b) == distance)
    }

    @Test func didYouMeanOnlySuggestsCloseMatches() {
        #expect("wieght".didYouMean(["weight", "title"]) == " (did you mean 'weight'?)")
        #expect("colour".didYouMean(["weight", "title"]) == "")
    }
}
