import EngageCore
import Foundation

/// Finds evidence files and runs the right collector over each kind, merging their facts.
///
/// Paths may be files or directories. Under a directory (conventionally
/// `engagements/TEAM/evidence/`), files in `slo/`, `alerts/`, `postmortems/` and `tickets/` go
/// to that collector when their extension fits; any other file is recognised by extension and
/// content (a CSV by its header, a YAML file by its apiVersion). Hidden files are ignored.
public enum EvidenceScanner {
    /// The collectors, one per kind.
    public static let collectors: [any EvidenceCollector] = [
        SLOSpecCollector(), AlertHistoryCollector(), PostmortemCollector(), TicketCollector(),
    ]

    /// Scans `paths` and returns the merged facts with every diagnostic (sorted for display).
    /// The SLO collector also runs, without files, when services are declared and an `slo/`
    /// folder exists, so declared services without SLOs are found.
    public static func scan(paths: [String], options: EvidenceOptions) -> ScanResult {
        var result = discover(paths: paths, options: options)
        var facts = FactSet()
        var diagnostics = result.diagnostics
        for collector in collectors {
            let files = result.files[collector.kind] ?? []
            let runEmptySLO = collector.kind == .slo && !options.declaredServices.isEmpty && hasSLOFolder(paths)
            guard !files.isEmpty || runEmptySLO else { continue }
            let output = collector.collect(files: files, options: options)
            for fact in output.facts { facts.insert(fact) }
            diagnostics += output.diagnostics
        }
        result.facts = facts
        result.diagnostics = diagnostics.sortedForDisplay()
        return result
    }

    /// Sorts the files under `paths` by kind without reading them fully.
    public static func discover(paths: [String], options: EvidenceOptions) -> ScanResult {
        var result = ScanResult()
        for path in paths {
            if ByteFile.isDirectory(path) {
                for (file, hint) in walk(path) {
                    if let kind = classify(file, hint: hint, options: options) {
                        result.files[kind, default: []].append(file)
                    } else {
                        result.skipped.append(file)
                        result.diagnostics.append(Diagnostic(.note, "skipped: not an evidence file this version reads", at: SourceLocation(file: file)))
                    }
                }
            } else if ByteFile.size(of: path) == nil {
                result.diagnostics.append(.error("no such file or directory", at: SourceLocation(file: path)))
            } else if let kind = classify(path, hint: nil, options: options) {
                result.files[kind, default: []].append(path)
            } else {
                result.skipped.append(path)
                result.diagnostics.append(.error("not an evidence file this version reads (SLO YAML, alert JSON/NDJSON/CSV, postmortem Markdown, tickets CSV)",
                                                 at: SourceLocation(file: path)))
            }
        }
        return result
    }

    /// Which collector reads `file`; `hint` is the evidence subfolder it sits in, if any.
    public static func classify(_ file: String, hint: EvidenceKind?, options: EvidenceOptions) -> EvidenceKind? {
        switch FileKind.extension(of: file) {
        case "md", "markdown":
            if hint == .postmortems { return .postmortems }
            guard hint == nil, let bytes = try? ByteFile.readAll(path: file, limit: options.maxTextFileBytes) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self).lowercased()
            let markers = ["postmortem", "post-mortem", "action item", "포스트모템", "사후 분석", "장애 보고"]
            return markers.contains { text.contains($0) } ? .postmortems : nil
        case "yaml", "yml":
            if hint == .slo { return .slo }
            return SLOSpecCollector().accepts(file: file) ? .slo : nil
        case "json", "ndjson", "jsonl":
            if hint == .alerts { return .alerts }
            // Elsewhere, only JSON that mentions alerts (not every package.json in a folder).
            guard let file = try? ByteFile(path: file) else { return nil }
            defer { file.close() }
            var head = [UInt8](repeating: 0, count: 1 << 16)
            let n = (try? file.read(into: &head)) ?? 0
            let text = String(decoding: head[0..<n], as: UTF8.self)
            return text.contains("\"alerts\"") || text.contains("\"startsAt\"") ? .alerts : nil
        case "csv":
            if hint == .alerts { return .alerts }
            if hint == .tickets { return .tickets }
            guard let record = CSVReader(path: file).header() else { return nil }
            let header = CSVHeader(record)
            if PagerDutyCSVReader.matches(header) { return .alerts }
            if TicketCSVReader.matches(header) { return .tickets }
            if GenericCSVReader.matches(header, mapping: options.genericAlertColumns) { return .alerts }
            return nil
        default:
            return nil
        }
    }

    /// Regular files under `root`, sorted, each with the evidence subfolder it is in.
    static func walk(_ root: String) -> [(String, EvidenceKind?)] {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [(String, EvidenceKind?)] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/").map(String.init)
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let full = base + "/" + relative
            if ByteFile.isDirectory(full) { continue }
            let hint = components.dropLast().lazy.compactMap { EvidenceKind(rawValue: $0.lowercased()) }.first
            files.append((full, hint))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func hasSLOFolder(_ paths: [String]) -> Bool {
        paths.contains { path in
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            return FileKind.name(of: base) == "slo" || ByteFile.isDirectory(base + "/slo")
        }
    }
}
