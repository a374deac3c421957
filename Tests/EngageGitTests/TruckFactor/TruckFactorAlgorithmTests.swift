import Testing
@testable import EngageGit

@Suite struct TruckFactorAlgorithmTests {
    static func developers(_ count: Int) -> [Developer] {
        (0..<count).map { i in
            let name = "D\(i < 10 ? "0" : "")\(i)"
            return Developer(name: name, email: "\(name.lowercased())@example.com", emails: [], commits: 1)
        }
    }

    static func paths(_ count: Int) -> [String] { (0..<count).map { "f\($0)" } }

    /// Four files; D00 authors two, D01 and D02 one each. Removing D00 leaves 2 of 4 files
    /// covered: exactly 0.5, so the search goes on and removes D01 (tie with D02 broken by
    /// index), leaving 1 of 4 = 0.25. Greedy TF = 2; pruning keeps D01 (1 ≥ 10 % of 2).
    @Test func coverageOfExactlyHalfContinues() {
        let result = TruckFactorAlgorithm.compute(authors: [[0], [0], [1], [2]], paths: Self.paths(4), developers: Self.developers(3))
        #expect(result.greedy == 2)
        #expect(result.truckFactor == 2)
        #expect(result.holders.map(\.name) == ["D00", "D01"])
        #expect(result.holders.map(\.files) == [2, 1])
    }

    /// Five files; D00 authors three: removing D00 leaves 2 of 5 = 0.4 < 0.5. TF 1.
    @Test func coverageUnderHalfStops() {
        let result = TruckFactorAlgorithm.compute(authors: [[0], [0], [0], [1], [2]], paths: Self.paths(5), developers: Self.developers(3))
        #expect(result.greedy == 1)
        #expect(result.truckFactor == 1)
    }

    /// 40 files: D00 authors 20, D01…D20 one each. Removing D00 leaves 20 of 40 = 0.5 → go on;
    /// removing D01 leaves 19 of 40 < 0.5. Greedy 2; D01 authors 1 < 10 % of 20 → pruned; TF 1.
    @Test func pruningDropsMinorAuthors() {
        let authors = Array(repeating: [0], count: 20) + (1...20).map { [$0] }
        let result = TruckFactorAlgorithm.compute(authors: authors, paths: Self.paths(40), developers: Self.developers(21))
        #expect(result.greedy == 2)
        #expect(result.truckFactor == 1)
        #expect(result.holders.map(\.pruned) == [false, true])
        #expect(result.truckFactorHolders.map(\.name) == ["D00"])
    }

    /// 10 % exactly is not "under 10 %": D00 authors 10 files, D01…D10 one each (20 files).
    /// Removing D00 leaves 10 of 20 = 0.5 → go on; D01 → 9 of 20 → stop. D01's 1 file is
    /// exactly 10 % of 10, so it stays: TF 2.
    @Test func tenPercentExactlyIsKept() {
        let authors = Array(repeating: [0], count: 10) + (1...10).map { [$0] }
        let result = TruckFactorAlgorithm.compute(authors: authors, paths: Self.paths(20), developers: Self.developers(11))
        #expect(result.greedy == 2)
        #expect(result.truckFactor == 2)
    }

    /// A file with two authors stays covered until both are removed.
    @Test func sharedFilesNeedEveryAuthorRemoved() {
        // f0 {D00, D01}, f1 {D00}, f2 {D01}: D00 (2 files) then coverage 2 of 3 ≥ 0.5 → D01 (2 files) → 0.
        let result = TruckFactorAlgorithm.compute(authors: [[0, 1], [0], [1]], paths: Self.paths(3), developers: Self.developers(2))
        #expect(result.greedy == 2)
        #expect(result.filesWithAuthor == 3)
    }

    @Test func filesWithoutAuthorsCountAgainstCoverage() {
        // 3 files, only one authored: coverage starts at 1/3 < 0.5, nobody is removed.
        let result = TruckFactorAlgorithm.compute(authors: [[0], [], []], paths: Self.paths(3), developers: Self.developers(1))
        #expect(result.greedy == 0)
        #expect(result.truckFactor == 0)
        #expect(result.filesWithAuthor == 1)
    }

    @Test func noFilesNoTruckFactor() {
        let result = TruckFactorAlgorithm.compute(authors: [], paths: [], developers: Self.developers(2))
        #expect(result.greedy == 0)
        #expect(result.holders.isEmpty)
    }
}
