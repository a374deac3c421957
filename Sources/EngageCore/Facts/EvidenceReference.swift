/// Where a fact comes from: a file and line, or a record id in an export (an alert fingerprint,
/// a ticket id, a commit).
public struct EvidenceReference: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var record: String?
    public var note: String?

    public init(file: String? = nil, line: Int? = nil, record: String? = nil, note: String? = nil) {
        self.file = file
        self.line = line
        self.record = record
        self.note = note
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(line.map { "\(file):\($0)" } ?? file) }
        if let record { parts.append(record) }
        if let note { parts.append(note) }
        return parts.joined(separator: " ")
    }
}
