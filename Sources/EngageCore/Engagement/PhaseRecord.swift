/// A guide phase in an engagement, with the status of its tasks and exit criteria.
public struct PhaseRecord: Sendable, Hashable, Codable {
    public var id: String
    public var tasks: [TaskRecord]

    public init(id: String, tasks: [TaskRecord]) {
        self.id = id
        self.tasks = tasks
    }
}
