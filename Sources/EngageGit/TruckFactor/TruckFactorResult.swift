/// The truck factor of one set of files (the repository, or one component).
public struct TruckFactorResult: Sendable, Hashable, Codable {
    /// Files in scope.
    public var files: Int
    /// Files with at least one author.
    public var filesWithAuthor: Int
    /// Developers removed until under half of the files kept an author.
    public var greedy: Int
    /// `greedy` without the developers pruning dropped: the truck factor reported.
    public var truckFactor: Int
    /// Every developer the greedy search removed, in removal order.
    public var holders: [TruckFactorHolder]

    public init(files: Int, filesWithAuthor: Int, greedy: Int, truckFactor: Int, holders: [TruckFactorHolder]) {
        self.files = files
        self.filesWithAuthor = filesWithAuthor
        self.greedy = greedy
        self.truckFactor = truckFactor
        self.holders = holders
    }

    /// The developers that make up the truck factor (the holders pruning kept).
    public var truckFactorHolders: [TruckFactorHolder] { holders.filter { !$0.pruned } }
}
