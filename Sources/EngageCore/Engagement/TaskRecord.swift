/// The status of one guide item (task or exit criterion) in an engagement.
public struct TaskRecord: Sendable, Hashable, Codable {
    public var id: String
    public var status: TaskStatus
    /// `YYYY-MM-DD` of the last change.
    public var date: String?
    public var note: String?

    public init(id: String, status: TaskStatus = .open, date: String? = nil, note: String? = nil) {
        self.id = id
        self.status = status
        self.date = date
        self.note = note
    }
}
