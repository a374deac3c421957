/// Everything `TruckFactorAnalyzer` found in one repository.
public struct TruckFactorReport: Sendable, Hashable, Codable {
    public var repository: RepositoryState
    /// The `--since` bound, if any.
    public var since: String?
    /// Non-merge commits read.
    public var commitsRead: Int
    /// Developers after identity merging.
    public var developers: Int
    /// Files (blobs) at HEAD.
    public var filesAtHead: Int
    /// Of those, left out by the path filter.
    public var filesExcluded: Int
    /// Of those kept, files with no change in the history read (before `--since`, or only
    /// reachable through a merge).
    public var filesWithoutHistory: Int
    /// How files were grouped: `depth N` or `declared`.
    public var componentGrouping: String
    /// The repository's truck factor over every analysed file.
    public var truckFactor: TruckFactorResult
    /// Per component, sorted by name.
    public var components: [ComponentTruckFactor]

    public init(
        repository: RepositoryState, since: String?, commitsRead: Int, developers: Int, filesAtHead: Int,
        filesExcluded: Int, filesWithoutHistory: Int, componentGrouping: String, truckFactor: TruckFactorResult,
        components: [ComponentTruckFactor]
    ) {
        self.repository = repository
        self.since = since
        self.commitsRead = commitsRead
        self.developers = developers
        self.filesAtHead = filesAtHead
        self.filesExcluded = filesExcluded
        self.filesWithoutHistory = filesWithoutHistory
        self.componentGrouping = componentGrouping
        self.truckFactor = truckFactor
        self.components = components
    }

    /// Files that took part in the truck factor.
    public var filesAnalysed: Int { truckFactor.files }

    /// Components whose (pruned) truck factor is 1.
    public var componentsWithTruckFactorOne: [ComponentTruckFactor] {
        components.filter { $0.result.truckFactor == 1 }
    }
}
