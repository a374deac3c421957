import EngageCore
import EngageYAML
import Foundation

/// Checks checklist files, and engagement, draft and snapshot files. A path is a checklist file or
/// folder, an engagement folder (holding `engagement.yaml`), or an engagements folder (holding
/// engagement folders). Engagement files are checked against the checklists (`checklistsPath`).
public struct Linter: Sendable {
    public var loader: ChecklistLoader
    public var checklistsPath: String

    public init(loader: ChecklistLoader = ChecklistLoader(), checklistsPath: String = "checklists") {
        self.loader = loader
        self.checklistsPath = checklistsPath
    }

    public func lint(paths: [String]) -> LintReport {
        var checklistPaths: [String] = []
        var engagementFiles: [String] = []
        for path in paths {
            let found = Self.engagementFiles(under: path)
            if found.isEmpty { checklistPaths.append(path) } else { engagementFiles += found }
        }
        if checklistPaths.isEmpty { checklistPaths = [checklistsPath] }
        let result = loader.load(paths: checklistPaths)
        var diagnostics = result.diagnostics
        let library = result.hasErrors ? nil : result.library
        for file in engagementFiles {
            do {
                if file.hasSuffix("/engagement.yaml") {
                    _ = try EngagementStore.decode(file: file, library: library)
                } else if file.contains("/detections/") {
                    _ = try DetectionSnapshotCodec.decode(file: file)
                } else if file.contains("/drafts/") {
                    _ = try SnapshotCodec.decodeDraft(file: file, library: library)
                } else {
                    _ = try SnapshotCodec.decodeSnapshot(file: file, library: library)
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return LintReport(diagnostics: diagnostics.sortedForDisplay(), library: result.library, files: result.files + engagementFiles, otherFiles: engagementFiles.count)
    }

    /// Engagement, snapshot and draft files under an engagement folder or an engagements folder.
    static func engagementFiles(under path: String) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
        if !isDir.boolValue {
            return (path as NSString).lastPathComponent == "engagement.yaml" || path.contains("/assessments/") || path.contains("/detections/") ? [path] : []
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        if fm.fileExists(atPath: base + "/engagement.yaml") {
            let p = EngagementPaths(root: (base as NSString).deletingLastPathComponent, team: (base as NSString).lastPathComponent)
            let index = SnapshotIndex(paths: p)
            let drafts = ((try? fm.contentsOfDirectory(atPath: p.drafts)) ?? []).filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map { p.drafts + "/" + $0 }
            return [base + "/engagement.yaml"] + index.snapshotFiles() + drafts + index.detectionFiles()
        }
        let children = ((try? fm.contentsOfDirectory(atPath: base)) ?? []).sorted()
        return children.flatMap { child -> [String] in
            let dir = base + "/" + child
            return fm.fileExists(atPath: dir + "/engagement.yaml") ? engagementFiles(under: dir) : []
        }
    }
}
