import EngageCore

/// Alert histories → noisy-alert facts (`alerts.*`). Reads Alertmanager webhook payloads (JSON,
/// JSON arrays, NDJSON), PagerDuty incident CSV exports and generic alert CSVs; all files given
/// together make one history.
public struct AlertHistoryCollector: EvidenceCollector {
    public let name = "alerts"
    public let kind = EvidenceKind.alerts

    public init() {}

    /// The reader a file needs, from its extension and (for CSV) its header.
    enum Format: Equatable { case alertmanager, pagerDuty, genericCSV }

    static func format(of file: String, options: EvidenceOptions) -> Format? {
        switch FileKind.extension(of: file) {
        case "json", "ndjson", "jsonl":
            return .alertmanager
        case "csv":
            guard let record = CSVReader(path: file).header() else { return nil }
            let header = CSVHeader(record)
            if PagerDutyCSVReader.matches(header) { return .pagerDuty }
            if GenericCSVReader.matches(header, mapping: options.genericAlertColumns) { return .genericCSV }
            return nil
        default:
            return nil
        }
    }

    public func accepts(file: String) -> Bool {
        Self.format(of: file, options: EvidenceOptions()) != nil
    }

    public func collect(files: [String], options: EvidenceOptions) -> CollectorOutput {
        var stats = AlertStatistics(options: options)
        var diagnostics: [Diagnostic] = []
        for file in files {
            switch FileKind.extension(of: file) {
            case "json", "ndjson", "jsonl":
                diagnostics += AlertmanagerReader(options: options).read(path: file, into: &stats)
            case "csv":
                let header = CSVReader(path: file).header().map(CSVHeader.init)
                if let header, PagerDutyCSVReader.matches(header) {
                    diagnostics += PagerDutyCSVReader(options: options).read(path: file, into: &stats)
                } else {
                    diagnostics += GenericCSVReader(options: options).read(path: file, into: &stats)
                }
            default:
                diagnostics.append(.error("not an alert history (expected .json, .ndjson, .jsonl or .csv)", at: SourceLocation(file: file)))
            }
        }
        return CollectorOutput(facts: stats.finish(collector: name), diagnostics: diagnostics, filesRead: files)
    }
}
