import EngageCore
import EngageYAML
import Foundation
import Testing
@testable import EngageAnalysis

/// The catalogue documents and tests itself: every example in checklists/stressors.yaml must
/// behave as it declares (triggers: true ⇔ the rule finds the stressor).
struct StressorExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let library: ChecklistLibrary = {
        let result = ChecklistLoader().load(paths: [root + "/checklists"])
        precondition(!result.hasErrors, "\(result.diagnostics)")
        return result.library
    }()

    static let cases: [String] = (library.stressors?.stressors ?? []).flatMap { s in s.examples.indices.map { "\(s.id)#\($0)" } }

    @Test func everyStressorHasATriggeringAndANonTriggeringExample() throws {
        let catalog = try #require(Self.library.stressors)
        #expect(catalog.stressors.count >= 12)
        for s in catalog.stressors {
            #expect(s.examples.contains { $0.triggers }, "\(s.id)")
            #expect(s.examples.contains { !$0.triggers }, "\(s.id)")
        }
    }

    @Test(arguments: cases)
    func exampleBehavesAsDeclared(_ id: String) throws {
        let parts = id.split(separator: "#")
        let stressor = try #require(Self.library.stressors?.stressor(String(parts[0])))
        let example = stressor.examples[Int(parts[1])!]
        let (passes, finding) = Detector.check(example, of: stressor, checklists: Self.library.assessments)
        #expect(passes, "\(id) '\(example.name ?? "")': expected triggers=\(example.triggers), got \(finding.status)")
        if !example.triggers {
            // A non-triggering example must make the rule false, not merely unknown.
            #expect(finding.status == .clear, "\(id) is \(finding.status), not clear")
        }
    }
}
