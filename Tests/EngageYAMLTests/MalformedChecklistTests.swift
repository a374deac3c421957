import EngageCore
import Foundation
import Testing
@testable import EngageYAML

/// Every file in Fixtures/malformed has a sibling `.expected` listing, line by line, the exact
/// `line:col: error: message` diagnostics lint must report for it — all of them, in order.
struct MalformedChecklistTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/malformed")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func thereAreAtLeastThirtyMalformedFixtures() {
        #expect(Self.fixtures.count >= 30)
    }

    @Test(arguments: fixtures)
    func reportsExactlyTheExpectedProblems(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let expectedPath = path.replacingOccurrences(of: ".yaml", with: ".expected")
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = ChecklistLoader().load(paths: [path])
        let actual = result.diagnostics.map { d -> String in
            let loc = d.location.map { "\($0.line):\($0.column): " } ?? ""
            let message = d.message.replacingOccurrences(of: Self.folder.path + "/", with: "")
            return "\(loc)\(d.severity.rawValue): \(message)"
        }
        #expect(!expected.isEmpty, "fixture \(name) must expect at least one problem")
        #expect(actual == expected)
        #expect(result.hasErrors)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location?.file == path)
        }
    }
}
