import EngageCore
import Foundation
import Testing
@testable import EngageEvidence

/// Truncated and garbled copies of every good fixture go through the scanner: problems become
/// diagnostics, never a crash, and a file cut short is never silently read as complete when its
/// structure is broken.
@Suite struct RobustnessTests {
    static let goodFixtures = [
        "alerts/alertmanager-small.ndjson", "alerts/alertmanager-payload.json", "alerts/alertmanager-array.json",
        "alerts/pagerduty-incidents.csv", "slo/openslo.yaml", "slo/sloth.yaml", "slo/pyrra.yaml",
        "slo/slo-generator.yaml", "postmortems/sre-book-template.md", "postmortems/korean.md", "tickets/tickets.csv",
    ]

    @Test(arguments: goodFixtures)
    func truncatedCopiesNeverCrash(fixture: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Fixture.path(fixture)))
        let name = FileKind.name(of: fixture)
        let hint = EvidenceKind(rawValue: String(fixture.prefix { $0 != "/" }))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("engage-truncated-\(UUID().uuidString)")
            .appendingPathComponent(hint?.rawValue ?? "misc")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let cuts = stride(from: 0, to: bytes.count, by: max(1, bytes.count / 23)).map { $0 }
        for cut in cuts {
            let path = dir.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: bytes.prefix(cut))
            let result = EvidenceScanner.scan(paths: [dir.deletingLastPathComponent().path], options: Fixture.options())
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                #expect(diagnostic.location?.file == path, "\(diagnostic)")
            }
        }
    }

    @Test func garbageBytesNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        for ext in ["ndjson", "json", "csv", "md", "yaml"] {
            for _ in 0..<20 {
                let junk = (0..<Int.random(in: 0...600, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let path = Fixture.temporary("", name: "junk.\(ext)")
                _ = FileManager.default.createFile(atPath: path, contents: Data(junk))
                for collector in EvidenceScanner.collectors {
                    _ = collector.collect(files: [path], options: Fixture.options())
                }
            }
        }
    }
}
