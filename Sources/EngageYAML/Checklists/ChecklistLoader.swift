import EngageCore
import Foundation

/// Loads checklist files (a folder's `*.yaml`/`*.yml`, or named files), decodes each by its `kind`,
/// validates them against each other, and reports every problem found, sorted by file and line.
public struct ChecklistLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The outcome of loading: what decoded, and every problem.
    public struct Result: Sendable {
        public var library: ChecklistLibrary
        public var diagnostics: [Diagnostic]
        public var files: [String]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The YAML files a path stands for: the file itself, or a folder's `*.yaml`/`*.yml`
    /// (not recursive), sorted. Unreadable paths are reported.
    public static func files(at paths: [String], sink: DiagnosticSink) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                sink.error("no such file or directory", at: SourceLocation(file: path))
                continue
            }
            if isDirectory.boolValue {
                guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                    sink.error("cannot list directory", at: SourceLocation(file: path))
                    continue
                }
                let yaml = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
                result += yaml.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            } else {
                result.append(path)
            }
        }
        return result
    }

    /// Loads every checklist under `paths`.
    public func load(paths: [String]) -> Result {
        let sink = DiagnosticSink()
        let files = Self.files(at: paths, sink: sink)
        var library = ChecklistLibrary()
        for file in files {
            for document in YAMLDocument.load(path: file, limits: limits, sink: sink) {
                decode(document, into: &library, sink: sink)
            }
        }
        CrossValidator.validate(library, sink: sink)
        return Result(library: library, diagnostics: sink.diagnostics.all.sortedForDisplay(), files: files)
    }

    /// Loads checklists from in-memory text (tests, stdin).
    public func load(text: String, file: String) -> Result {
        let sink = DiagnosticSink()
        var library = ChecklistLibrary()
        for document in YAMLDocument.parse(text: text, file: file, limits: limits, sink: sink) {
            decode(document, into: &library, sink: sink)
        }
        CrossValidator.validate(library, sink: sink)
        return Result(library: library, diagnostics: sink.diagnostics.all.sortedForDisplay(), files: [file])
    }

    /// Decodes one document, dispatching on `kind`.
    func decode(_ document: YAMLDocument, into library: inout ChecklistLibrary, sink: DiagnosticSink) {
        let root = document.value(sink: sink)
        guard let m = root.mapping("a checklist file") else { return }
        if let schema = m.required("schema", in: "checklist file")?.integer("schema"), schema != 1 {
            sink.error("unsupported schema \(schema); this sre-engage reads schema 1", at: m.optional("schema")?.location)
        }
        guard let kindValue = m.required("kind", in: "checklist file"), let kindText = kindValue.string("kind") else { return }
        guard let kind = ChecklistKind(rawValue: kindText) else {
            sink.error("unknown kind '\(kindText)'; use assessment, guide or stressors\(kindText.didYouMean(ChecklistKind.allCases.map(\.rawValue)))", at: kindValue.location)
            return
        }
        switch kind {
        case .assessment:
            if let checklist = AssessmentDecoder.decode(m, file: document.file) { library.assessments.append(checklist) }
        case .guide:
            if let guide = GuideDecoder.decode(m, file: document.file) {
                if let existing = library.guide {
                    sink.error("a second guide '\(guide.id)'; only one guide may be loaded (first: '\(existing.id)' in \(existing.location?.file ?? "?"))", at: m.location)
                } else {
                    library.guide = guide
                }
            }
        case .stressors:
            if let catalog = StressorDecoder.decode(m, file: document.file) {
                if let existing = library.stressors {
                    sink.error("a second stressor catalogue '\(catalog.id)'; only one may be loaded (first: '\(existing.id)' in \(existing.location?.file ?? "?"))", at: m.location)
                } else {
                    library.stressors = catalog
                }
            }
        }
    }
}
