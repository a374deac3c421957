import EngageCore
import EngageYAML
import Testing
@testable import EngageEvidence

@Suite struct RuleFileTests {
    @Test func shippedRulesLoadCleanly() {
        let sink = DiagnosticSink()
        let rules = EvidenceRules.load(directory: Fixture.rulesDirectory, sink: sink)
        #expect(sink.diagnostics.all.isEmpty, "\(sink.diagnostics.all)")
        #expect(Set(rules.actionItems.rules.map(\.category)) == Set(ActionItemCategory.allCases))
        #expect(rules.actionItems.rules.contains { $0.rollback })
        #expect(!rules.actionItems.blamePhrases.isEmpty)
        #expect(rules.toil.categories.contains { $0.toil } && rules.toil.categories.contains { !$0.toil })
    }

    @Test func malformedRulesArePositioned() {
        let sink = DiagnosticSink()
        let rules = EvidenceRules.load(directory: Fixture.path("rules/malformed"), sink: sink)
        let all = sink.diagnostics.all
        #expect(all.contains(ExpectedProblem(file: "action-items.yaml", line: 4, column: 15, message: "unknown category 'prevnt' (did you mean 'prevent'?)")))
        #expect(all.contains(ExpectedProblem(file: "action-items.yaml", line: 7, column: 5, message: "unknown key 'keyword'")))
        #expect(all.contains(ExpectedProblem(file: "toil-categories.yaml", line: 7, column: 9, message: "duplicate category id 'deploys'")))
        #expect(all.contains(ExpectedProblem(file: "toil-categories.yaml", line: 8, column: 11, message: "expected true or false for toil")))
        // A rule file with errors contributes no rules (no half-loaded classification).
        #expect(rules.actionItems.rules.isEmpty)
        #expect(rules.toil.categories.isEmpty)
    }

    @Test(arguments: [
        ("revert*", "Reverted the change", true),
        ("revert*", "unrevertable", false),
        ("who", "whole team", false),
        ("who", "the engineer who deployed", true),
        ("page", "homepage broke", false),
        ("되돌", "타임아웃을 되돌릴 것", true),
        ("roll back", "Roll   back the release", true),
    ])
    func keywordMatching(keyword: String, text: String, matches: Bool) {
        #expect((KeywordMatcher.firstMatch(in: KeywordMatcher.fold(text), keywords: [keyword]) != nil) == matches)
    }
}
