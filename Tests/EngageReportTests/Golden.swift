import Foundation
import Testing

/// Golden files under Tests/EngageReportTests/Golden: compared byte for byte, or rewritten when
/// `SRE_ENGAGE_RECORD=1`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["SRE_ENGAGE_RECORD"] == "1" }

    static func assert(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file; re-record with SRE_ENGAGE_RECORD=1 if the change is intended", sourceLocation: sourceLocation)
    }
}
