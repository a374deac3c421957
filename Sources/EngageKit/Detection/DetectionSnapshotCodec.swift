import EngageYAML

/// Reads and writes detection snapshot files (`detections/<UTC timestamp>.yaml`).
public enum DetectionSnapshotCodec {
    public static func tree(_ snapshot: DetectionSnapshot) throws -> YAMLTree {
        .map([("schema", .number(1)), ("kind", .string("detection-snapshot")), ("detection", try YAMLTree.encoding(snapshot))])
    }

    /// Decodes a detection snapshot; problems are positioned.
    public static func decode(file: String) throws(EngageError) -> DetectionSnapshot {
        let sink = DiagnosticSink()
        var result: DetectionSnapshot?
        if let root = SnapshotCodec.single(file: file, sink: sink), let m = root.mapping("a detection snapshot") {
            m.rejectUnknownKeys(["schema", "kind", "detection"], in: "detection snapshot")
            SnapshotCodec.header(m, kind: "detection-snapshot")
            if let body = m.required("detection", in: "detection snapshot") {
                do {
                    result = try body.tree.decode(DetectionSnapshot.self)
                } catch {
                    sink.error("not a detection snapshot this version reads: \(error)", at: body.location)
                }
            }
        }
        if sink.hasErrors { throw EngageError(sink.diagnostics.all) }
        guard let result else { throw EngageError("cannot read detection snapshot", at: .init(file: file)) }
        return result
    }
}
