import Foundation
import Testing

/// A healthy team — agreeing respondents, SLOs with alerting, quiet diagnosed alerts with
/// runbooks, postmortems with detect and prevent items, toil under a quarter, knowledge spread in
/// git — must come out with no stressor found.
struct HealthyEngagementCLITests {
    static let fixture = CLIRunner.repositoryRoot + "/Tests/CLITests/Fixtures/healthy"

    func git(_ args: [String], in dir: String, author: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["GIT_AUTHOR_NAME"] = author; env["GIT_AUTHOR_EMAIL"] = "\(author)@example.com"
        env["GIT_COMMITTER_NAME"] = author; env["GIT_COMMITTER_EMAIL"] = "\(author)@example.com"
        env["GIT_AUTHOR_DATE"] = "2026-09-01T10:00:00Z"; env["GIT_COMMITTER_DATE"] = "2026-09-01T10:00:00Z"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args)")
    }

    @Test func detectFlagsNothing() throws {
        let dir = CLIRunner.temporaryDirectory()
        let fm = FileManager.default
        try fm.copyItem(atPath: CLIRunner.repositoryRoot + "/checklists", toPath: dir + "/checklists")
        let cli = CLIRunner(directory: dir, environment: ["SRE_ENGAGE_NOW": "2026-10-01T10:00:00Z"])
        #expect(try cli.run(["init", "shop", "--service", "shop"]).status == 0)
        try fm.copyItem(atPath: Self.fixture + "/evidence", toPath: dir + "/engagements/shop/evidence")
        #expect(try cli.run(["assess", "shop", "--answers", Self.fixture + "/answers-ana.yaml"]).status == 0)
        let second = CLIRunner(directory: dir, environment: ["SRE_ENGAGE_NOW": "2026-10-01T11:00:00Z"])
        #expect(try second.run(["assess", "shop", "--answers", Self.fixture + "/answers-ben.yaml"]).status == 0)
        // Knowledge spread over two people: each created and maintains half of the files.
        let repo = dir + "/repo"
        try fm.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try git(["-c", "init.defaultBranch=main", "init", "-q"], in: repo, author: "alice")
        for (author, files) in [("alice", ["a.swift", "b.swift"]), ("bob", ["c.swift", "d.swift"])] {
            for f in files { try "let x = 1\n".write(toFile: repo + "/" + f, atomically: true, encoding: .utf8) }
            try git(["add", "."], in: repo, author: author)
            try git(["commit", "-q", "-m", "add \(files)"], in: repo, author: author)
        }
        let r = try cli.run(["detect", "shop", "--repo", repo, "--format", "json", "--no-save"])
        #expect(r.status == 0, "\(r.stderr)")
        struct Snapshot: Decodable { struct F: Decodable { var stressor: String; var status: String }; var findings: [F] }
        let snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(r.stdout.utf8))
        #expect(snapshot.findings.filter { $0.status == "found" }.map(\.stressor) == [])
        #expect(snapshot.findings.filter { $0.status == "undetermined" }.map(\.stressor) == [])
        #expect(snapshot.findings.count >= 12)
    }
}
