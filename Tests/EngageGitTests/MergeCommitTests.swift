import Foundation
import Testing
@testable import EngageGit

/// Merge commits are ignored (`--no-merges`, as in the published tool): their diffs repeat changes
/// already counted on the merged branch, under the name of whoever merged.
@Suite struct MergeCommitTests {
    /// main: Alice adds a.c, then d.c. feature (from a.c): Bob adds b.c. Carol merges feature
    /// into main with --no-ff and, inside the merge commit, also adds c.c (an "evil merge").
    /// Read: Alice's two commits and Bob's one (3); Carol never appears (2 developers).
    /// a.c, d.c: Alice; b.c: Bob; c.c exists only through the merge: kept, but without history.
    /// Alice 2 of 3 analysed files, Bob 1 → remove Alice (1 of 3 < 0.5) → TF 1.
    @Test func mergesAreNotRead() throws {
        let repo = try FixtureRepository()
        try repo.add(["a.c"], by: "Alice", "alice@example.com")
        try repo.git(["checkout", "-q", "-b", "feature"])
        try repo.add(["b.c"], by: "Bob", "bob@example.com")
        try repo.git(["checkout", "-q", "main"])
        try repo.add(["d.c"], by: "Alice", "alice@example.com")
        try repo.git(["merge", "-q", "--no-ff", "--no-commit", "feature"], environment: [
            "GIT_AUTHOR_NAME": "Carol", "GIT_AUTHOR_EMAIL": "carol@example.com",
            "GIT_COMMITTER_NAME": "Carol", "GIT_COMMITTER_EMAIL": "carol@example.com",
        ])
        try repo.write("c.c", "only in the merge\n")
        try repo.commit("Carol", "carol@example.com", message: "merge feature")
        #expect(try repo.git(["rev-list", "--count", "--merges", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1")

        let report = try TruckFactorAnalyzer().analyze(repository: repo.path)
        #expect(report.commitsRead == 3)
        #expect(report.developers == 2)
        #expect(report.filesAtHead == 4)
        #expect(report.filesWithoutHistory == 1)
        #expect(report.filesAnalysed == 3)
        #expect(report.truckFactor.holders.map(\.name) == ["Alice"])
        #expect(report.truckFactor.holders.map(\.files) == [2])
        #expect(report.truckFactor.truckFactor == 1)
    }
}
