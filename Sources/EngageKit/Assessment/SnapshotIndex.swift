import Foundation

/// Lists an engagement's snapshot files in time order (their names start with a UTC timestamp).
public struct SnapshotIndex: Sendable {
    public let paths: EngagementPaths

    public init(paths: EngagementPaths) {
        self.paths = paths
    }

    public func snapshotFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: paths.assessments)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map { "\(paths.assessments)/\($0)" }
    }

    public func detectionFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: paths.detections)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map { "\(paths.detections)/\($0)" }
    }
}
