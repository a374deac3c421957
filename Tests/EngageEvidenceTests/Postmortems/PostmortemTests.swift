import EngageCore
import Testing
@testable import EngageEvidence

@Suite struct PostmortemTests {
    static func read(_ file: String) -> (Postmortem?, [Diagnostic]) {
        PostmortemCollector().read(file: Fixture.path("postmortems/" + file), options: Fixture.options())
    }

    @Test func sreBookTemplateTable() throws {
        let (parsed, diagnostics) = Self.read("sre-book-template.md")
        let p = try #require(parsed)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(p.title == "Sonnet Search Postmortem (incident #465)")
        // Five rows; the list inside the code fence is not an item.
        #expect(p.items.count == 5)
        // Stated types win; "process" is no category, so keywords classify that row ("test" → prevent);
        // the last row states no type and "alert" makes it detect.
        #expect(p.items.map(\.category) == [.mitigate, .prevent, .prevent, .prevent, .detect])
        #expect(p.items.map(\.statedCategory) == [.mitigate, .prevent, nil, .prevent, nil])
        #expect(p.items.map(\.owner) == ["jennifer", "martym", "docbrown", "agoogler", nil])
        #expect(p.items.map(\.line) == [31, 32, 33, 34, 35])
        #expect(p.items.contains { $0.isRollback } == false)
        #expect(p.blame.isEmpty)
    }

    @Test func rollbackOnlyList() throws {
        let (parsed, diagnostics) = Self.read("rollback-only.md")
        let p = try #require(parsed)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(p.title == "Checkout latency spike")  // a setext heading
        #expect(p.items.count == 3)  // the indented sub-item belongs to the third
        #expect(p.items.allSatisfy { $0.isRollback })
        #expect(p.items.map(\.keyword) == ["roll back", "revert*", "restore the previous"])
        #expect(p.items.map(\.owner) == ["@bob", "alice", nil])
        #expect(p.items.map(\.column) == [3, 3, 3])
        #expect(p.blame.map(\.phrase) == ["who", "should have known"])
        #expect(p.blame.map(\.line) == [8, 9])
    }

    @Test func koreanPostmortem() throws {
        let (parsed, diagnostics) = Self.read("korean.md")
        let p = try #require(parsed)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        // Seed 001: "check why the first 1 MB takes 60 s" is an investigation; "revert the
        // timeout to 60 s" is a rollback.
        #expect(p.items.map(\.category) == [.investigate, .mitigate, .detect])
        #expect(p.items.map(\.isRollback) == [false, true, false])
        #expect(p.items.map(\.owner) == ["김철수", "이영희", nil])
    }

    @Test func facts() {
        let files = ["sre-book-template.md", "rollback-only.md", "korean.md", "incident-notes.md"].map { Fixture.path("postmortems/" + $0) }
        let out = PostmortemCollector().collect(files: files, options: Fixture.options())
        #expect(out.facts.number("postmortems.count") == 4)
        #expect(out.facts.number("postmortems.action_items") == 11)  // 5 + 3 + 3 + 0
        #expect(out.facts.values("postmortems.rollback_only") == ["Checkout latency spike"])
        // No owner: the template's alert row, "Restore … (owner: TBD)", the Korean "미정" row.
        #expect(out.facts.items("postmortems.items_without_owner")?.count == 3)
        #expect(out.facts.values("postmortems.without_detect_or_prevent") == ["Checkout latency spike", "Postmortem: cache eviction storm"])
        #expect(out.facts.values("postmortems.without_action_items") == ["Postmortem: cache eviction storm"])
        #expect(out.facts.values("postmortems.blame_language") == ["Checkout latency spike"])
        #expect(out.facts.values("postmortems.unclassified_items") == [])
        // The notes have no action-items section: a warning at line 1.
        #expect(out.diagnostics.contains(ExpectedProblem(file: "incident-notes.md", line: 1, column: 1, message: "no action-items section", severity: .warning)))
        let rollbackEvidence = out.facts.items("postmortems.rollback_only")?.first?.evidence.compactMap(\.line)
        #expect(rollbackEvidence == [13, 14, 15])
    }

    static let malformed: [ExpectedProblem] = [
        ExpectedProblem(file: "table-cells.md", line: 8, column: 31, message: "table row has 2 cell(s), the header has 3"),
        ExpectedProblem(file: "unknown-type.md", line: 7, column: 43, message: "unknown action-item type 'prevnt' (did you mean 'prevent'?)"),
        ExpectedProblem(file: "unknown-type.md", line: 8, column: 3, message: "unknown action-item type 'detcet' (did you mean 'detect'?)"),
        ExpectedProblem(file: "unterminated-fence.md", line: 7, column: 1, message: "unterminated code fence"),
        ExpectedProblem(file: "missing-separator.md", line: 6, column: 1, message: "not followed by a separator row"),
    ]

    @Test(arguments: malformed)
    func malformedPostmortemIsReportedAtItsPosition(expected: ExpectedProblem) {
        let (_, diagnostics) = Self.read("malformed/" + expected.file)
        #expect(diagnostics.contains(expected), "got: \(diagnostics.map(\.description))")
    }

    @Test func aTypoFallsBackToKeywords() throws {
        let p = try #require(Self.read("malformed/unknown-type.md").0)
        // "Validate zone files…" → prevent by keyword; "Add a probe…" → detect by keyword.
        #expect(p.items.map(\.category) == [.prevent, .detect])
        #expect(p.items.map(\.owner) == ["lee", "kim"])
    }

    @Test func withoutRulesItemsAreUnclassifiedAndAWarningSaysWhy() {
        var options = Fixture.options()
        options.rules = EvidenceRules()
        let out = PostmortemCollector().collect(files: [Fixture.path("postmortems/rollback-only.md")], options: options)
        #expect(out.facts.items("postmortems.unclassified_items")?.count == 3)
        #expect(out.facts.values("postmortems.rollback_only") == [])
        #expect(out.diagnostics.contains { $0.message.contains("no action-item rules loaded") })
    }
}
