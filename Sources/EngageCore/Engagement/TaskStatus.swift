/// Whether a guide task or exit criterion is done in an engagement.
public enum TaskStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open, done
}
