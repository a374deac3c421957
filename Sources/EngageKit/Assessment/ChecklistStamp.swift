import EngageCore

/// The methodology a snapshot was taken with: a checklist's id, version and content hash, and a
/// hash per question, so history can tell which questions two snapshots share unchanged.
public struct ChecklistStamp: Sendable, Hashable, Codable {
    public var id: String
    public var version: String
    public var contentHash: String
    /// Question id → first 16 hex digits of SHA-256 over `Checklist.canonical(question)`.
    public var questions: [String: String]

    public init(id: String, version: String, contentHash: String, questions: [String: String]) {
        self.id = id
        self.version = version
        self.contentHash = contentHash
        self.questions = questions
    }

    public init(_ checklist: Checklist) {
        self.init(
            id: checklist.id, version: checklist.version, contentHash: checklist.contentHash,
            questions: Dictionary(uniqueKeysWithValues: checklist.questions.map { ($0.id, Self.hash($0)) }))
    }

    public static func hash(_ question: Question) -> String {
        String(SHA256.hex(Checklist.canonical(question)).prefix(16))
    }
}
