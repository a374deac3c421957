import EngageCore
import EngageYAML
import Testing
@testable import EngageAnalysis

struct ScorerTests {
    static let yaml = """
        schema: 1
        id: demo
        kind: assessment
        title: Demo
        defines_principles: true
        scale:
          - {id: none, score: 0, label: None}
          - {id: some, score: 40, label: Some}
          - {id: most, score: 80, label: Most}
          - {id: all, score: 100, label: All}
        risk: [{when: [none], risk: high}, {when: [some], risk: medium}]
        levels:
          - {id: l0, title: L0, requires: []}
          - id: l1
            title: L1
            requires: [{score: {overall: true, at_least: 50}}]
          - id: l2
            title: L2
            requires: [{answer: {question: b.one, in: [all]}}]
        sections:
          - id: a
            title: A
            weight: 3
            questions:
              - {id: a.one, text: One, weight: 2}
              - {id: a.two, text: Two}
              - {id: a.three, text: Three}
          - id: b
            title: B
            questions:
              - {id: b.one, text: Four}
        """
    static let checklist = ChecklistLoader().load(text: yaml, file: "demo.yaml").library.checklist("demo")!

    func sheet(_ pairs: [String: AnswerChoice]) -> AnswerSheet {
        AnswerSheet(pairs.sorted { $0.key < $1.key }.map { Answer(questionID: $0.key, choice: $0.value) })
    }

    @Test func weightedSectionNotApplicableAndCoverage() throws {
        // a: a.one most(80)×2, a.two some(40)×1, a.three n/a → (160 + 40) / 3 = 66.67; coverage 2/2.
        // b: b.one skipped → no score, coverage 0/1.
        let card = Scorer.score(checklists: [Self.checklist], answers: sheet(["a.one": .option("most"), "a.two": .option("some"), "a.three": .notApplicable(reason: "no db"), "b.one": .skipped]))
        let a = try #require(card.section("a"))
        #expect(abs((a.score ?? 0) - 200.0 / 3) < 1e-9)
        #expect(a.applicable == 2 && a.answered == 2 && a.coverage == 1)
        #expect(a.risks == RiskCounts(high: 0, medium: 1))
        let b = try #require(card.section("b"))
        #expect(b.score == nil && b.coverage == 0)
        // Overall: only scored sections count → 66.67; coverage 2 answered / 3 applicable.
        #expect(abs((card.overall.score ?? 0) - 200.0 / 3) < 1e-9)
        #expect(abs(card.overall.coverage - 2.0 / 3) < 1e-9)
    }

    @Test func sectionWeightsDriveTheRollUp() throws {
        // a = (0×2 + 100 + 100)/4 = 50 (weight 3); b = 100 (weight 1) → (150 + 100) / 4 = 62.5.
        let card = Scorer.score(checklists: [Self.checklist], answers: sheet(["a.one": .option("none"), "a.two": .option("all"), "a.three": .option("all"), "b.one": .option("all")]))
        #expect(card.section("a")?.score == 50)
        #expect(card.overall.score == 62.5)
        #expect(card.overall.risks.high == 1)
        #expect(card.checklist("demo")?.level == "l2")
    }

    @Test func aLowerLevelFailingBlocksHigherLevelsEvenIfTheirOwnRequirementsHold() {
        // b.one = all satisfies l2's own requirement, but overall = (0×3 + 100)/4 = 25 fails l1.
        let card = Scorer.score(checklists: [Self.checklist], answers: sheet(["a.one": .option("none"), "a.two": .option("none"), "a.three": .option("none"), "b.one": .option("all")]))
        #expect(card.overall.score == 25)
        #expect(card.checklist("demo")?.level == "l0")
    }

    @Test func includingRestrictsToSharedQuestions() {
        let card = Scorer.score(checklists: [Self.checklist], answers: sheet(["a.one": .option("none"), "a.two": .option("all")]), including: ["a.two"])
        #expect(card.section("a")?.score == 100)
        #expect(card.section("a")?.total == 1)
        #expect(card.section("b") == nil)
    }

    @Test func medianAndDisagreements() {
        let q = [Self.checklist]
        // Odd: steps [0, 2, 3] → median 2 (most). Even: [1, 3] → lower median 1 (some); spread 2.
        let odd = RoundCombiner.combine([
            ("a", sheet(["a.one": .option("none")])), ("b", sheet(["a.one": .option("most")])), ("c", sheet(["a.one": .option("all")])),
        ], checklists: q)
        #expect(odd.answers["a.one"]?.optionID == "most")
        #expect(odd.disagreements.first?.spread == 3)
        let even = RoundCombiner.combine([("a", sheet(["a.two": .option("some")])), ("b", sheet(["a.two": .option("all")]))], checklists: q)
        #expect(even.answers["a.two"]?.optionID == "some")
        #expect(even.disagreements.map(\.question) == ["a.two"])
        let close = RoundCombiner.combine([("a", sheet(["a.two": .option("some")])), ("b", sheet(["a.two": .option("most")]))], checklists: q)
        #expect(close.disagreements.isEmpty)
        let fact = RoundCombiner.disagreementFact(even.disagreements)
        #expect(fact.name == "answers.disagreements")
        #expect(fact.value.number == 1)
    }

    @Test func notApplicableWhenTheMajoritySaysSo() {
        let r = RoundCombiner.combine([
            ("a", sheet(["b.one": .notApplicable(reason: "x")])), ("b", sheet(["b.one": .notApplicable(reason: "y")])), ("c", sheet(["b.one": .option("all")])),
        ], checklists: [Self.checklist])
        #expect(r.answers["b.one"]?.isNotApplicable == true)
    }

    @Test func methodologyGuardComparesOnlySharedQuestions() throws {
        let before = Self.checklist
        // Edit a.one's scale: "most" now scores 90. The content hash changes; a.one is no longer shared.
        let editedYAML = Self.yaml.replacingOccurrences(of: "options: []", with: "")
            .replacingOccurrences(of: "- {id: a.one, text: One, weight: 2}", with: "- {id: a.one, text: One, weight: 2, options: [{id: none, score: 0, label: N}, {id: most, score: 90, label: M}]}")
        let after = try #require(ChecklistLoader().load(text: editedYAML, file: "edited.yaml").library.checklist("demo"))
        #expect(before.contentHash != after.contentHash)
        func hashes(_ c: Checklist) -> [String: (content: String, questions: [String: String])] {
            [c.id: (c.contentHash, Dictionary(uniqueKeysWithValues: c.questions.map { ($0.id, SHA256.hex(Checklist.canonical($0))) }))]
        }
        let answersBefore = sheet(["a.one": .option("none"), "a.two": .option("some")])
        let answersAfter = sheet(["a.one": .option("most"), "a.two": .option("some")])
        let cmp = MethodologyComparison(beforeHashes: hashes(before), beforeAnswers: answersBefore, afterHashes: hashes(after), afterAnswers: answersAfter, checklists: [after])
        #expect(cmp.boundary)
        #expect(!cmp.shared.contains("a.one"))
        #expect(cmp.shared.contains("a.two"))
        // On shared questions nothing moved: the raw jump on a.one is not reported as progress.
        #expect(cmp.overallDelta == 0)
        let same = MethodologyComparison(beforeHashes: hashes(after), beforeAnswers: answersBefore, afterHashes: hashes(after), afterAnswers: answersAfter, checklists: [after])
        #expect(!same.boundary)
        #expect((same.overallDelta ?? 0) > 0)
    }

    @Test func regressionsAreCalledOut() {
        let h: [String: (content: String, questions: [String: String])] = [Self.checklist.id: (Self.checklist.contentHash, Dictionary(uniqueKeysWithValues: Self.checklist.questions.map { ($0.id, SHA256.hex(Checklist.canonical($0))) }))]
        let exit = sheet(["a.one": .option("all"), "a.two": .option("all"), "b.one": .option("most")])
        let followUp = sheet(["a.one": .option("some"), "a.two": .option("all"), "b.one": .option("most")])
        let cmp = MethodologyComparison(beforeHashes: h, beforeAnswers: exit, afterHashes: h, afterAnswers: followUp, checklists: [Self.checklist])
        let regressions = RegressionCheck.regressions(cmp, checklists: [Self.checklist])
        #expect(regressions.contains { $0.scope == .question && $0.id == "a.one" && $0.before == "all" && $0.after == "some" })
        #expect(regressions.contains { $0.scope == .section && $0.id == "a" })
        #expect(regressions.contains { $0.scope == .overall })
        #expect(!regressions.contains { $0.id == "b" })
    }

    @Test func detectorReportsUnknownWithTheEvidenceThatWouldSettleIt() throws {
        let stressor = Stressor(
            id: "noisy", title: LocalizedText(plain: "Noisy"), description: LocalizedText(plain: "d"), severity: .high,
            recommendation: LocalizedText(plain: "r"), detect: Condition(.fact(name: "alerts.top_noisy_share", tests: [.above(0.5)])))
        let context = ScoreContext(checklists: [Self.checklist], answers: AnswerSheet(), scorecard: nil)
        let finding = Detector.evaluate(stressor, context: context)
        #expect(finding.status == .undetermined)
        #expect(finding.settleWith.first?.hasPrefix("alerts.top_noisy_share: an alert history") == true)
        var facts = FactSet()
        facts.insert(Fact(name: "alerts.top_noisy_share", value: .number(0.9), evidence: [EvidenceReference(file: "a.ndjson", line: 3)], collector: "alerts"))
        let found = Detector.evaluate(stressor, context: ScoreContext(checklists: [Self.checklist], answers: AnswerSheet(), scorecard: nil, facts: facts))
        #expect(found.status == .found)
        #expect(found.fired.first?.evidence.first?.description == "a.ndjson:3")
    }
}
