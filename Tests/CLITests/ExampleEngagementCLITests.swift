import Foundation
import Testing

/// The shipped example engagement, driven through the binary in a scratch copy (so the repository
/// stays untouched): detect, history with the methodology guard, and follow-up regressions.
struct ExampleEngagementCLITests {
    /// A copy of checklists/ and engagements/example/ in a temporary folder.
    func scratch() throws -> CLIRunner {
        let dir = CLIRunner.temporaryDirectory()
        let fm = FileManager.default
        try fm.copyItem(atPath: CLIRunner.repositoryRoot + "/checklists", toPath: dir + "/checklists")
        try fm.createDirectory(atPath: dir + "/engagements", withIntermediateDirectories: true)
        try fm.copyItem(atPath: CLIRunner.repositoryRoot + "/engagements/example", toPath: dir + "/engagements/example")
        return CLIRunner(directory: dir, environment: ["SRE_ENGAGE_NOW": "2027-02-01T10:00:00Z"])
    }

    @Test func detectFlagsTheStressorsTheExampleWasBuiltToShow() throws {
        let cli = try scratch()
        let r = try cli.run(["detect", "example", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        struct Snapshot: Decodable {
            struct Finding: Decodable {
                struct Obs: Decodable { var condition: String; var evidence: [E] }
                struct E: Decodable { var file: String? }
                var stressor: String; var status: String; var fired: [Obs]; var recommendation: [String: String]
            }
            var findings: [Finding]
        }
        let snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(r.stdout.utf8))
        let found = Set(snapshot.findings.filter { $0.status == "found" }.map(\.stressor))
        for id in ["missing-slo", "noisy-alerts", "rollback-only-postmortems", "toil-overload", "knowledge-gap"] {
            #expect(found.contains(id), "\(id) not found")
        }
        let gap = try #require(snapshot.findings.first { $0.stressor == "knowledge-gap" })
        #expect(gap.fired.contains { $0.condition.hasPrefix("answers.disagreements") })
        let silo = try #require(snapshot.findings.first { $0.stressor == "rollback-only-postmortems" })
        #expect(silo.fired.first?.evidence.contains { $0.file?.hasSuffix("2026-08-14-promo-video-timeouts.md") == true } == true)
        #expect(r.stderr.contains("saved engagements/example/detections/20270201T100000Z.yaml"))
    }

    @Test func historyMarksAMethodologyBoundaryInsteadOfAFalseJump() throws {
        let cli = try scratch()
        // Edit the options of one question: "partial" on p2.feedback-loop now scores 90.
        let path = cli.directory + "/checklists/principles.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let original = "      - id: p2.feedback-loop\n        text:"
        #expect(text.contains(original))
        text = text.replacingOccurrences(of: original, with: "      - id: p2.feedback-loop\n        options:\n          - {id: none, score: 0, label: None}\n          - {id: ad-hoc, score: 25, label: Ad hoc}\n          - {id: partial, score: 90, label: Partly}\n          - {id: mostly, score: 95, label: Mostly}\n          - {id: full, score: 100, label: Fully}\n        text:")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try cli.run(["lint"]).status == 0)
        let answers = try String(contentsOfFile: cli.directory + "/engagements/example/answers/dana-exit.yaml", encoding: .utf8)
            .replacingOccurrences(of: "round: exit", with: "round: follow-up")
        try answers.write(toFile: cli.directory + "/follow-up.yaml", atomically: true, encoding: .utf8)
        let assess = try cli.run(["assess", "example", "--answers", "follow-up.yaml"])
        #expect(assess.status == 0, "\(assess.stderr)")
        let r = try cli.run(["history", "example", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        struct History: Decodable {
            struct Row: Decodable { var snapshot: String; var overall: Double?; var delta: Double?; var boundary: Bool; var sharedQuestions: Int?; var followUp: Bool }
            var rows: [Row]
            var regressions: [R]
            struct R: Decodable { var scope: String; var id: String }
        }
        let h = try JSONDecoder().decode(History.self, from: Data(r.stdout.utf8))
        let last = try #require(h.rows.last)
        #expect(last.boundary)
        #expect(last.followUp)
        #expect(last.sharedQuestions == 52)
        // Same answers as dana's exit on every shared question: the delta is exactly what min-jun → dana
        // changes on shared questions, not the +40 jump the rescored question alone would show.
        let rows = h.rows
        #expect(rows.count == 6)
        #expect(abs((last.delta ?? 99) - ((rows[3].overall ?? 0) - (rows[4].overall ?? 0))) < 1.0)
        #expect(!rows[1].boundary)
    }

    @Test func followUpRegressionsAreCalledOut() throws {
        let cli = try scratch()
        let answers = try String(contentsOfFile: cli.directory + "/engagements/example/answers/dana-exit.yaml", encoding: .utf8)
            .replacingOccurrences(of: "round: exit", with: "round: follow-up")
            .replacingOccurrences(of: "p2.reliability-goals: mostly", with: "p2.reliability-goals: none")
        try answers.write(toFile: cli.directory + "/follow-up.yaml", atomically: true, encoding: .utf8)
        #expect(try cli.run(["assess", "example", "--answers", "follow-up.yaml"]).status == 0)
        let r = try cli.run(["history", "example", "--format", "json"])
        #expect(r.stdout.contains("\"id\" : \"p2.reliability-goals\""))
        #expect(r.stdout.contains("\"exit\" : \"exit\""))
    }
}
