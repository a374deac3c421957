import EngageCore

/// What `sre-engage lint` found.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var library: ChecklistLibrary
    public var files: [String]
    /// Engagement and snapshot files checked besides checklists.
    public var otherFiles: Int

    public init(diagnostics: [Diagnostic], library: ChecklistLibrary, files: [String], otherFiles: Int = 0) {
        self.diagnostics = diagnostics
        self.library = library
        self.files = files
        self.otherFiles = otherFiles
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `4 checklists, 15 sections, 60 questions, 12 stressors, 20 guide tasks: no problems`.
    public var summary: String {
        let s = library.summary
        var line = "\(s.checklists) checklist\(s.checklists == 1 ? "" : "s"), \(s.sections) sections, \(s.questions) questions, \(s.stressors) stressors, \(s.guideTasks) guide tasks"
        if otherFiles > 0 { line += ", \(otherFiles) engagement file\(otherFiles == 1 ? "" : "s")" }
        if errorCount == 0, warningCount == 0 { return line + ": no problems" }
        return line + ": \(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
    }
}
