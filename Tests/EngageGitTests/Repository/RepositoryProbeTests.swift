import EngageCore
import Foundation
import Testing
@testable import EngageGit

/// Every repository that cannot be read gets one clear error naming the path; none crashes.
@Suite struct RepositoryProbeTests {
    static func failure(_ path: String, _ options: TruckFactorOptions = TruckFactorOptions()) -> DiagnosticError? {
        do {
            _ = try TruckFactorAnalyzer(options: options).analyze(repository: path)
            return nil
        } catch {
            return error
        }
    }

    static func message(_ path: String) -> String {
        failure(path)?.diagnostics.map(\.description).joined(separator: "\n") ?? "no error"
    }

    @Test func missingFolder() throws {
        let path = try FixtureRepository.temporaryFolder() + "/absent"
        #expect(Self.message(path) == "\(path): error: no such folder")
    }

    @Test func fileInsteadOfFolder() throws {
        let folder = try FixtureRepository.temporaryFolder()
        let file = folder + "/notes.txt"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(Self.message(file).hasPrefix("\(file): error: not a folder"))
    }

    @Test func notARepository() throws {
        let folder = try FixtureRepository.temporaryFolder()
        #expect(Self.message(folder).hasPrefix("\(folder): error: not a git repository"))
    }

    @Test func emptyRepository() throws {
        let repo = try FixtureRepository()
        #expect(Self.message(repo.path) == "\(repo.path): error: empty repository: there are no commits to read")
    }

    @Test func shallowClone() throws {
        let source = try FixtureRepository()
        try source.add(["a.c"], by: "Alice", "alice@example.com")
        try source.add(["b.c"], by: "Bob", "bob@example.com")
        let target = try FixtureRepository.temporaryFolder() + "/clone"
        try FixtureRepository.run(["clone", "-q", "--depth", "1", "file://\(source.path)", target])
        defer { try? FileManager.default.removeItem(atPath: target) }
        #expect(Self.message(target).hasPrefix("\(target): error: shallow clone: its history is truncated"))
    }

    @Test func unbornHead() throws {
        let repo = try FixtureRepository()
        try repo.add(["a.c"], by: "Alice", "alice@example.com")
        try repo.git(["checkout", "-q", "--orphan", "fresh"])
        #expect(Self.message(repo.path) == "\(repo.path): error: unborn HEAD: branch 'fresh' has no commits yet (check out a branch with history)")
    }

    @Test func invalidOptionsAreReportedTogether() throws {
        let repo = try FixtureRepository()
        try repo.add(["a.c"], by: "Alice", "alice@example.com")
        let error = try #require(Self.failure(repo.path, TruckFactorOptions(components: .depth(0), since: "last tuesday")))
        #expect(error.diagnostics.map(\.message) == [
            "the component depth must be at least 1 (got 0)",
            "--since needs a date written YYYY-MM-DD (got 'last tuesday')",
        ])
    }

    @Test(arguments: ["2024-02-29", "2023-12-31", "1999-01-01"])
    func validDates(_ date: String) {
        #expect(TruckFactorOptions.isCalendarDate(date))
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "yesterday", "2023-04-31", ""])
    func invalidDates(_ date: String) {
        #expect(!TruckFactorOptions.isCalendarDate(date))
    }

    @Test func bareRepositoryIsRead() throws {
        let source = try FixtureRepository()
        try source.add(["a.c", "b.c"], by: "Alice", "alice@example.com")
        let target = try FixtureRepository.temporaryFolder() + "/bare.git"
        try FixtureRepository.run(["clone", "-q", "--bare", source.path, target])
        defer { try? FileManager.default.removeItem(atPath: target) }
        let report = try TruckFactorAnalyzer().analyze(repository: target)
        #expect(report.filesAnalysed == 2)
        #expect(report.truckFactor.truckFactor == 1)
    }

    @Test func missingGitExecutable() {
        #expect(throws: DiagnosticError.self) { try Git(repository: ".", environment: ["PATH": "/nonexistent-folder"]) }
    }
}
