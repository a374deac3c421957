import EngageCore
import EngageYAML
import Foundation
@testable import EngageEvidence

/// Paths to the test fixtures and the project's rule files, and fact lookups for assertions.
enum Fixture {
    static let root: String = {
        if let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) { return url.path }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// The repository's `checklists/evidence-rules` directory (the rules the tool ships).
    static let rulesDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("checklists/evidence-rules").path

    static let shippedRules: EvidenceRules = {
        let sink = DiagnosticSink()
        return EvidenceRules.load(directory: rulesDirectory, sink: sink)
    }()

    static func options(timeZone: String = "UTC") -> EvidenceOptions {
        var options = EvidenceOptions()
        options.timeZone = TimeZone(identifier: timeZone) ?? options.timeZone
        options.rules = shippedRules
        return options
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporary(_ text: String, name: String = "fixture.txt") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("engage-evidence-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
        return file.path
    }
}

extension Array where Element == Fact {
    func fact(_ name: String) -> Fact? { first { $0.name == name } }

    func number(_ name: String) -> Double? {
        if case .number(let n)? = fact(name)?.value { return n }
        return nil
    }

    func items(_ name: String) -> [FactItem]? {
        if case .list(let items)? = fact(name)?.value { return items }
        return nil
    }

    func values(_ name: String) -> [String]? { items(name)?.map(\.value) }
}

extension Double {
    /// Equality within 1e-9, for shares computed by division.
    func isClose(to other: Double) -> Bool { abs(self - other) < 1e-9 }
}

/// A malformed fixture's expected problem: where it is and words its message must contain.
struct ExpectedProblem: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var message: String
    var severity: Diagnostic.Severity = .error

    var description: String { "\(file):\(line):\(column) \(message)" }
}

extension Array where Element == Diagnostic {
    /// Whether one diagnostic sits at `line:column` of a file ending in `file` and mentions `message`.
    func contains(_ expected: ExpectedProblem) -> Bool {
        contains { d in
            guard let location = d.location else { return false }
            return location.file.hasSuffix(expected.file) && location.line == expected.line && location.column == expected.column
                && d.message.contains(expected.message) && d.severity == expected.severity
        }
    }
}
