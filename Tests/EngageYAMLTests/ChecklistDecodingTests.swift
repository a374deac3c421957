import EngageCore
import Testing
@testable import EngageYAML

struct ChecklistDecodingTests {
    static let valid = """
        schema: 1
        id: demo
        kind: assessment
        title: {en: Demo, ko: 데모}
        defines_principles: true
        scale:
          - {id: none, score: 0, label: {en: None, ko: 없음}}
          - {id: some, score: 50, label: Some}
          - {id: full, score: 100, label: Full}
        risk:
          - {when: [none], risk: high}
          - {when: [some], risk: medium}
        levels:
          - {id: base, title: Base, requires: []}
          - id: good
            title: Good
            requires:
              - score: {overall: true, at_least: 50}
              - any:
                  - answer: {question: p1.q1, in: [full]}
                  - not: {answer: {question: p1.q2, below: 50}}
        sections:
          - id: p1
            title: P1
            principle: p1
            weight: 2
            questions:
              - id: p1.q1
                text: {ko: 질문 하나?, en: Question one?}
                help: Why it matters.
                weight: 3
                source: {document: seed.txt, line: 4}
              - id: p1.q2
                text: Question two?
                options:
                  - {id: no, score: 0, label: No}
                  - {id: yes, score: 100, label: Yes}
                risk: [{when: ["no"], risk: high}]
        """

    @Test func decodesEveryField() throws {
        let result = ChecklistLoader().load(text: Self.valid, file: "demo.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let checklist = try #require(result.library.checklist("demo"))
        #expect(checklist.definesPrinciples)
        #expect(checklist.title.text(.ko) == "데모")
        #expect(checklist.levels.map(\.id) == ["base", "good"])
        let q1 = try #require(checklist.question("p1.q1"))
        #expect(q1.weight == 3)
        #expect(q1.options.map(\.id) == ["none", "some", "full"])
        #expect(q1.risk(for: "none") == .high)
        #expect(q1.risk(for: "some") == .medium)
        #expect(q1.risk(for: "full") == RiskLevel.none)
        #expect(q1.source?.description == "seed.txt:4")
        #expect(q1.location?.line == 28)
        let q2 = try #require(checklist.question("p1.q2"))
        #expect(q2.options.map { $0.label.text(.en) } == ["No", "Yes"])
        #expect(q2.risk(for: "no") == .high)
        #expect(checklist.sections[0].weight == 2)
    }

    @Test func localizedTextFallsBack() {
        let both = LocalizedText(en: "E", ko: "K")
        let enOnly = LocalizedText(en: "E")
        #expect(both.text(.ko) == "K")
        #expect(enOnly.text(.ko) == "E")
        #expect(LocalizedText(plain: "P").text(.ko) == "P")
    }

    @Test func contentHashIgnoresWordingButNotScores() throws {
        let a = try #require(ChecklistLoader().load(text: Self.valid, file: "a.yaml").library.checklist("demo"))
        let reworded = Self.valid.replacingOccurrences(of: "Question two?", with: "Question 2, reworded?")
        let b = try #require(ChecklistLoader().load(text: reworded, file: "b.yaml").library.checklist("demo"))
        let rescored = Self.valid.replacingOccurrences(of: "{id: some, score: 50", with: "{id: some, score: 60")
        let c = try #require(ChecklistLoader().load(text: rescored, file: "c.yaml").library.checklist("demo"))
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash != c.contentHash)
        #expect(a.contentHash.hasPrefix("sha256:"))
    }
}
