import EngageCore
import EngageYAML
import Foundation

/// Reads and writes engagements under the engagements folder. Every write validates first and
/// replaces the file atomically; changes to `engagement.yaml` happen under the engagement lock.
public struct EngagementStore: Sendable {
    public let root: String
    public let library: ChecklistLibrary

    public init(root: String, library: ChecklistLibrary) {
        self.root = root
        self.library = library
    }

    public func paths(_ team: String) throws(EngageError) -> EngagementPaths {
        EngagementPaths(root: root, team: try TeamName.validate(team))
    }

    public func exists(_ team: String) -> Bool {
        guard let p = try? paths(team) else { return false }
        return FileManager.default.fileExists(atPath: p.engagementFile)
    }

    /// Creates `engagements/TEAM/` with its `engagement.yaml`; refuses to overwrite.
    public func create(_ engagement: Engagement) throws(EngageError) -> EngagementPaths {
        let p = try paths(engagement.team)
        if FileManager.default.fileExists(atPath: p.engagementFile) {
            throw EngageError.usage("engagement '\(engagement.team)' already exists at \(p.engagementFile)")
        }
        do {
            for dir in [p.folder, p.assessments, p.drafts, p.detections, p.evidence] {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
        } catch {
            throw EngageError("cannot create \(p.folder): \(error.localizedDescription)", exitCode: 2)
        }
        try write(engagement, to: p)
        return p
    }

    /// Loads and validates `engagement.yaml`; every problem is reported with its position.
    public func load(_ team: String) throws(EngageError) -> Engagement {
        try Self.decode(file: try existing(team).engagementFile, library: library)
    }

    /// The paths of an engagement that exists; otherwise a usage error listing the known teams.
    func existing(_ team: String) throws(EngageError) -> EngagementPaths {
        let p = try paths(team)
        guard FileManager.default.fileExists(atPath: p.engagementFile) else {
            let known = (try? FileManager.default.contentsOfDirectory(atPath: root))?.filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/engagement.yaml") }.sorted() ?? []
            throw EngageError.usage("no engagement '\(team)' under \(root)/\(team.didYouMean(known))" + (known.isEmpty ? " (create one with `sre-engage init \(team)`)" : "; known: \(known.joined(separator: ", "))"))
        }
        return p
    }

    /// Decodes an engagement file, throwing every problem.
    public static func decode(file: String, library: ChecklistLibrary?) throws(EngageError) -> Engagement {
        let sink = DiagnosticSink()
        let documents = YAMLDocument.load(path: file, sink: sink)
        if documents.count > 1 { sink.error("expected one YAML document, found \(documents.count)", at: SourceLocation(file: file)) }
        let engagement = documents.first.flatMap { EngagementDecoder.decode($0.value(sink: sink), library: library) }
        if documents.isEmpty, !sink.hasErrors { sink.error("file is empty", at: SourceLocation(file: file)) }
        if sink.hasErrors { throw EngageError(sink.diagnostics.all) }
        guard let engagement else { throw EngageError("cannot read engagement", at: SourceLocation(file: file)) }
        return engagement
    }

    /// Load → change → validate → atomic write, under the engagement lock. Nothing is written
    /// when `change` throws or the result does not validate.
    @discardableResult
    public func update(_ team: String, _ change: (inout Engagement) throws(EngageError) -> Void) throws(EngageError) -> Engagement {
        let p = try existing(team)
        let lock: FileLock
        do { lock = try FileLock.acquire(p.lock, who: "engagement-update") } catch { throw EngageError(error.description) }
        defer { lock.release() }
        var engagement = try load(team)
        try change(&engagement)
        try write(engagement, to: p)
        return engagement
    }

    /// Serialises, re-reads the text to prove it validates, then replaces the file.
    func write(_ engagement: Engagement, to p: EngagementPaths) throws(EngageError) {
        let text: String
        do { text = try engagement.yamlTree.serialized() } catch { throw EngageError("cannot serialise engagement: \(error)") }
        let sink = DiagnosticSink()
        let check = YAMLDocument.parse(text: text, file: p.engagementFile, sink: sink).first.flatMap { EngagementDecoder.decode($0.value(sink: sink), library: library) }
        if check == nil || sink.hasErrors { throw EngageError(sink.diagnostics.all.isEmpty ? [.error("refusing to write an invalid engagement", at: SourceLocation(file: p.engagementFile))] : sink.diagnostics.all) }
        do { try AtomicFile.write(text, to: p.engagementFile) } catch { throw EngageError(error.description, exitCode: 2) }
    }
}
