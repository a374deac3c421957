import Foundation
import Testing
@testable import EngageGit

/// Fixture repositories built with the git CLI, checked against hand computations.
/// DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC); ln 2 = 0.6931, ln 3 = 1.0986.
@Suite struct TruckFactorAnalyzerTests {
    static let alice = ("Alice", "alice@example.com")
    static let bob = ("Bob", "bob@example.com")
    static let carol = ("Carol", "carol@example.com")

    static func analyzer(_ options: TruckFactorOptions = TruckFactorOptions()) -> TruckFactorAnalyzer {
        TruckFactorAnalyzer(options: options)
    }

    static func names(_ authorship: RepositoryAuthorship, _ file: String) -> [String] {
        (authorship.file(file)?.authors ?? []).map { authorship.developers[$0].name }.sorted()
    }

    static func doa(_ authorship: RepositoryAuthorship, _ file: String, _ email: String) -> DegreeOfAuthorship? {
        guard let d = authorship.developer(email: email) else { return nil }
        return authorship.file(file)?.degrees.first { $0.developer == d }?.doa
    }

    /// Alice adds a.c and b.c, Bob adds c.c, Carol adds d.c; nobody else touches them, so each
    /// file has one author (its creator, DOA 4.391). Alice 2, Bob 1, Carol 1. Removing Alice
    /// leaves 2 of 4 files covered, exactly 0.5: removal continues with Bob (ties by name),
    /// leaving 1 of 4. Greedy TF 2; pruning keeps Bob (1 ≥ 10 % of 2). TF 2.
    @Test func coverageOfExactlyHalfContinues() throws {
        let repo = try FixtureRepository()
        try repo.add(["a.c", "b.c"], by: Self.alice.0, Self.alice.1)
        try repo.add(["c.c"], by: Self.bob.0, Self.bob.1)
        try repo.add(["d.c"], by: Self.carol.0, Self.carol.1)
        let report = try Self.analyzer().analyze(repository: repo.path)
        #expect(report.filesAnalysed == 4)
        #expect(report.commitsRead == 3)
        #expect(report.truckFactor.greedy == 2)
        #expect(report.truckFactor.truckFactor == 2)
        #expect(report.truckFactor.holders.map(\.name) == ["Alice", "Bob"])
        #expect(report.truckFactor.holders.map(\.files) == [2, 1])
    }

    /// Alice adds src/a.c; Bob renames it to src/b.c, then appends a line. At HEAD src/b.c:
    /// Alice FA 1, DL 0, AC 2 → 4.391 − 0.321·ln 3 = 4.0384;
    /// Bob   FA 0, DL 2 (rename + edit), AC 1 → 3.293 + 0.328 − 0.321·ln 2 = 3.3985.
    /// 3.3985 / 4.0384 = 0.842 > 0.75 and 3.3985 ≥ 3.293: both are authors.
    @Test func renamesAreFollowed() throws {
        let repo = try FixtureRepository()
        try repo.write("src/a.c", "int main(void) {\n  return 0;\n}\n/* a comment long enough to keep similarity */\n")
        try repo.commit(Self.alice.0, Self.alice.1)
        try repo.move("src/a.c", "src/b.c")
        try repo.commit(Self.bob.0, Self.bob.1)
        try repo.append("src/b.c", "/* edited */")
        try repo.commit(Self.bob.0, Self.bob.1)
        let authorship = try Self.analyzer().authorship(repository: repo.path)
        let alice = try #require(Self.doa(authorship, "src/b.c", Self.alice.1))
        let bob = try #require(Self.doa(authorship, "src/b.c", Self.bob.1))
        #expect(alice == DegreeOfAuthorship(firstAuthorship: true, deliveries: 0, acceptances: 2))
        #expect(bob == DegreeOfAuthorship(firstAuthorship: false, deliveries: 2, acceptances: 1))
        #expect(abs(alice.value - 4.0384) < 1e-4)
        #expect(abs(bob.value - 3.3985) < 1e-4)
        #expect(Self.names(authorship, "src/b.c") == ["Alice", "Bob"])
        #expect(authorship.files.map(\.path) == ["src/b.c"])
    }

    /// Alice adds x.c; Bob deletes it; Carol adds x.c again. The path's history continues and
    /// both creators get FA = 1 (the deletion is no change anyone keeps knowledge of):
    /// Alice FA 1, DL 0, AC 1 → 4.391 − 0.2225 = 4.1685; Carol the same. Both authors; Bob none.
    @Test func reAddedFileCountsBothCreators() throws {
        let repo = try FixtureRepository()
        try repo.add(["x.c"], by: Self.alice.0, Self.alice.1)
        try repo.remove("x.c")
        try repo.commit(Self.bob.0, Self.bob.1)
        try repo.write("x.c", "a new x by Carol\n")
        try repo.commit(Self.carol.0, Self.carol.1)
        let authorship = try Self.analyzer().authorship(repository: repo.path)
        let alice = try #require(Self.doa(authorship, "x.c", Self.alice.1))
        let carol = try #require(Self.doa(authorship, "x.c", Self.carol.1))
        #expect(alice == DegreeOfAuthorship(firstAuthorship: true, deliveries: 0, acceptances: 1))
        #expect(carol == DegreeOfAuthorship(firstAuthorship: true, deliveries: 0, acceptances: 1))
        #expect(abs(alice.value - 4.1685) < 1e-4)
        #expect(Self.doa(authorship, "x.c", Self.bob.1) == nil)
        #expect(Self.names(authorship, "x.c") == ["Alice", "Carol"])
    }

    /// Alice adds f1.c and f2.c, Bob adds g1.c, Alice deletes f2.c. HEAD has f1.c and g1.c:
    /// Alice 1, Bob 1 → removing Alice leaves 1 of 2 = 0.5 → go on → Bob. TF 2. (Counting the
    /// deleted file would give Alice 2 of 3 and TF 1.)
    @Test func deletedFilesAreNotAnalysed() throws {
        let repo = try FixtureRepository()
        try repo.add(["f1.c", "f2.c"], by: Self.alice.0, Self.alice.1)
        try repo.add(["g1.c"], by: Self.bob.0, Self.bob.1)
        try repo.remove("f2.c")
        try repo.commit(Self.alice.0, Self.alice.1)
        let report = try Self.analyzer().analyze(repository: repo.path)
        #expect(report.filesAnalysed == 2)
        #expect(report.truckFactor.greedy == 2)
        #expect(report.truckFactor.truckFactor == 2)
        #expect(report.truckFactor.holders.map(\.files) == [1, 1])
    }

    /// Identities merged three ways:
    /// - `.mailmap` maps alice@old.example to "Alice Smith <alice@new.example>", and a commit as
    ///   ALICE@NEW.EXAMPLE matches it case-insensitively → one developer, 2 files;
    /// - Bob commits as bob@example.com twice and as "bobby <bob@laptop.local>" once; the
    ///   engagement alias bob@laptop.local → bob@example.com merges them → "Bob", 3 files;
    /// - Carol commits under two e-mails with the identical name → one developer, 2 files.
    /// 7 files: Bob 3, Alice Smith 2, Carol 2. Removing Bob leaves 4 of 7 ≥ 0.5; then Alice Smith
    /// (tie with Carol, by name) leaves 2 of 7 < 0.5. Greedy 2, TF 2 (2 ≥ 10 % of 3).
    @Test func identitiesMergeThroughMailmapNamesAndAliases() throws {
        let repo = try FixtureRepository()
        try repo.write(".mailmap", "Alice Smith <alice@new.example> <alice@old.example>\n")
        try repo.commit("Admin", "admin@example.com")
        try repo.add(["a1.c"], by: "Alice", "alice@old.example")
        try repo.add(["a2.c"], by: "Alice Smith", "ALICE@NEW.EXAMPLE")
        try repo.add(["b1.c"], by: "Bob", "bob@example.com")
        try repo.add(["b2.c"], by: "Bob", "bob@example.com")
        try repo.add(["b3.c"], by: "bobby", "bob@laptop.local")
        try repo.add(["c1.c"], by: "Carol", "carol@example.com")
        try repo.add(["c2.c"], by: "Carol", "carol@home.example")
        let options = TruckFactorOptions(aliases: ["Bob@Laptop.local": "bob@example.com"])
        let authorship = try Self.analyzer(options).authorship(repository: repo.path)
        let named = authorship.developers.map { "\($0.name) <\($0.email)>" }
        #expect(named == ["Admin <admin@example.com>", "Alice Smith <alice@new.example>", "Bob <bob@example.com>", "Carol <carol@example.com>"])
        #expect(authorship.developers[2].emails == ["bob@example.com", "bob@laptop.local"])
        #expect(authorship.developers[3].emails == ["carol@example.com", "carol@home.example"])
        let report = Self.analyzer(options).report(authorship)
        #expect(report.filesAnalysed == 7)  // .mailmap itself is filtered out
        #expect(report.truckFactor.holders.map(\.name) == ["Bob", "Alice Smith"])
        #expect(report.truckFactor.holders.map(\.files) == [3, 2])
        #expect(report.truckFactor.truckFactor == 2)
    }

    /// api/ holds two files by Alice; web/ one by Bob and one by Carol.
    /// api: TF 1 held by Alice (2 files). web: Bob then (coverage 0.5) Carol → TF 2.
    /// Repository: Alice 2, Bob 1, Carol 1 → Alice, then 2 of 4 = 0.5 → Bob → TF 2.
    @Test func componentsAreTopLevelFolders() throws {
        let repo = try FixtureRepository()
        try repo.add(["api/server.go", "api/handlers/users.go"], by: Self.alice.0, Self.alice.1)
        try repo.add(["web/app.ts"], by: Self.bob.0, Self.bob.1)
        try repo.add(["web/view.ts"], by: Self.carol.0, Self.carol.1)
        let report = try Self.analyzer().analyze(repository: repo.path)
        #expect(report.components.map(\.name) == ["api", "web"])
        #expect(report.components.map(\.result.truckFactor) == [1, 2])
        #expect(report.componentsWithTruckFactorOne.map(\.name) == ["api"])
        #expect(report.components[0].result.truckFactorHolders.map(\.name) == ["Alice"])
        #expect(report.truckFactor.truckFactor == 2)

        let deeper = try Self.analyzer(TruckFactorOptions(components: .depth(2))).analyze(repository: repo.path)
        #expect(deeper.components.map(\.name) == ["api", "api/handlers", "web"])
    }

    /// Declared components: `frontend` = web/, `everything` = the whole tree.
    @Test func declaredComponents() throws {
        let repo = try FixtureRepository()
        try repo.add(["api/server.go"], by: Self.alice.0, Self.alice.1)
        try repo.add(["web/app.ts", "web/view.ts"], by: Self.bob.0, Self.bob.1)
        let options = TruckFactorOptions(components: .declared(["frontend": ["web/"], "everything": ["."], "unused": ["nothing/here"]]))
        let report = try Self.analyzer(options).analyze(repository: repo.path)
        #expect(report.components.map(\.name) == ["everything", "frontend", "unused"])
        #expect(report.components.map(\.result.files) == [3, 2, 0])
        // frontend: Bob alone → TF 1. everything: Bob 2 of 3 → removing him leaves 1/3 → TF 1.
        #expect(report.components.map(\.result.truckFactor) == [1, 1, 0])
    }

    /// Alice adds f1.c in 2020; in 2023 Bob edits f1.c and adds f2.c.
    /// Whole history: f1.c Alice (FA 1, AC 1: 4.1685), Bob (DL 1, AC 1: 3.2345 < 3.293, not an
    /// author); f2.c Bob. Alice 1, Bob 1 → TF 2. Since 2022-01-01: only Bob's commit is read; f1.c
    /// Bob (DL 1, AC 0: 3.457 ≥ 3.293, the maximum) → Bob authors both files → TF 1.
    @Test func sinceLimitsTheHistory() throws {
        let repo = try FixtureRepository()
        try repo.write("f1.c", "one\n")
        try repo.commit(Self.alice.0, Self.alice.1, date: "2020-03-01T12:00:00Z")
        try repo.append("f1.c", "two")
        try repo.write("f2.c", "new\n")
        try repo.commit(Self.bob.0, Self.bob.1, date: "2023-03-01T12:00:00Z")
        let whole = try Self.analyzer().analyze(repository: repo.path)
        #expect(whole.truckFactor.truckFactor == 2)
        let recent = try Self.analyzer(TruckFactorOptions(since: "2022-01-01")).analyze(repository: repo.path)
        #expect(recent.commitsRead == 1)
        #expect(recent.truckFactor.truckFactor == 1)
        #expect(recent.truckFactor.holders.map(\.name) == ["Bob"])
        #expect(recent.since == "2022-01-01")
    }

    /// Vendored, generated and documentation files are left out unless asked for.
    @Test func defaultFilterAndExtraExcludes() throws {
        let repo = try FixtureRepository()
        try repo.add(["src/main.c", "src/util.c", "vendor/lib/x.c", "docs/guide.txt", "README.md", "package-lock.json"], by: Self.alice.0, Self.alice.1)
        let report = try Self.analyzer().analyze(repository: repo.path)
        #expect(report.filesAtHead == 6)
        #expect(report.filesExcluded == 4)
        #expect(report.filesAnalysed == 2)
        let withDocs = try Self.analyzer(TruckFactorOptions(filter: PathFilter(excludeDocumentation: false, excludes: ["util.c"]))).analyze(repository: repo.path)
        #expect(withDocs.filesAnalysed == 3)  // src/main.c, docs/guide.txt, README.md
    }

    /// Reading every commit in its own `git log` process (chunk size 1, three readers) gives the
    /// same result as one process: renames across chunk boundaries are still followed.
    @Test func chunkedReadingMatchesASingleReader() throws {
        let repo = try FixtureRepository()
        try repo.write("a/one.c", "line one\nline two\nline three\nline four\n")
        try repo.commit(Self.alice.0, Self.alice.1)
        try repo.move("a/one.c", "b/one.c")
        try repo.commit(Self.bob.0, Self.bob.1)
        try repo.append("b/one.c", "line five")
        try repo.write("b/two.c", "two\n")
        try repo.commit(Self.carol.0, Self.carol.1)
        try repo.move("b/one.c", "c/one.c")
        try repo.commit(Self.carol.0, Self.carol.1)
        let single = try Self.analyzer(TruckFactorOptions(parallelism: 1, chunkSize: 1000)).analyze(repository: repo.path)
        let chunked = try Self.analyzer(TruckFactorOptions(parallelism: 3, chunkSize: 1)).analyze(repository: repo.path)
        #expect(single == chunked)
        #expect(single.commitsRead == 4)
        // c/one.c: Alice FA 1, AC 3 → 4.391 − 0.321·ln 4 = 3.946; Bob DL 1, AC 3 → 3.012;
        // Carol DL 2, AC 2 → 3.621 − 0.3527 = 3.268. Only Alice is above 3.293 and 0.75·max.
        let authorship = try Self.analyzer(TruckFactorOptions(parallelism: 3, chunkSize: 1)).authorship(repository: repo.path)
        #expect(Self.names(authorship, "c/one.c") == ["Alice"])
        #expect(Self.doa(authorship, "c/one.c", Self.carol.1) == DegreeOfAuthorship(firstAuthorship: false, deliveries: 2, acceptances: 2))
    }

    /// A detached HEAD is analysed, and the report says which commit.
    @Test func detachedHeadWorks() throws {
        let repo = try FixtureRepository()
        try repo.add(["a.c"], by: Self.alice.0, Self.alice.1)
        let first = try repo.add(["b.c"], by: Self.bob.0, Self.bob.1)
        try repo.add(["c.c"], by: Self.carol.0, Self.carol.1)
        try repo.git(["checkout", "-q", "--detach", first])
        let report = try Self.analyzer().analyze(repository: repo.path)
        #expect(report.repository.branch == nil)
        #expect(report.repository.head == first)
        #expect(report.repository.headDescription == "detached HEAD at \(first.prefix(12))")
        #expect(report.commitsRead == 2)
        #expect(report.text().contains("detached HEAD at \(first.prefix(12))"))
    }

    /// The user's configuration cannot hide the root commit's additions (log.showRoot=false) or
    /// turn the output into something else (color, signatures, relative paths).
    @Test func userConfigurationDoesNotChangeTheReading() throws {
        let repo = try FixtureRepository()
        for (key, value) in [("log.showRoot", "false"), ("color.ui", "always"), ("log.showSignature", "true"), ("diff.renames", "false")] {
            try repo.git(["config", key, value])
        }
        try repo.add(["a.c", "b.c"], by: Self.alice.0, Self.alice.1)
        try repo.write("a.c", "changed by Bob\n")
        try repo.commit(Self.bob.0, Self.bob.1)
        let authorship = try Self.analyzer().authorship(repository: repo.path)
        // a.c: Alice FA 1, AC 1 → 4.1685; Bob DL 1, AC 1 → 3.2345 (< 3.293): Alice alone.
        #expect(Self.doa(authorship, "a.c", Self.alice.1) == DegreeOfAuthorship(firstAuthorship: true, deliveries: 0, acceptances: 1))
        #expect(Self.names(authorship, "a.c") == ["Alice"])
        #expect(Self.names(authorship, "b.c") == ["Alice"])
    }

    /// Korean names, spaces, a tab and a newline in paths survive the NUL-delimited reading,
    /// renames included.
    @Test func unusualPathsAreReadExactly() throws {
        let repo = try FixtureRepository()
        try repo.write("결제/정산 모듈.swift", "let 정산 = 1\nlet more = 2\nlet evenMore = 3\n")
        try repo.write("tab\there.c", "int x;\n")
        try repo.write("new\nline.c", "int y;\n")
        try repo.commit("김민준", "minjun@example.com")
        try repo.move("결제/정산 모듈.swift", "결제/정산.swift")
        try repo.commit("김민준", "minjun@example.com")
        let report = try Self.analyzer().analyze(repository: repo.path)
        #expect(report.filesAnalysed == 3)
        #expect(report.components.map(\.name) == [".", "결제"])
        #expect(report.truckFactor.holders.map(\.name) == ["김민준"])
        #expect(report.truckFactor.holders.first?.sampleFiles == ["new\nline.c", "tab\there.c", "결제/정산.swift"])
    }
}
