/// A developer removed by the greedy truck-factor search.
public struct TruckFactorHolder: Sendable, Hashable, Codable {
    public var name: String
    public var email: String
    /// Files in scope this developer authors.
    public var files: Int
    /// Whether pruning dropped them from the truck-factor set (they author under 10 % as many
    /// files as the top author).
    public var pruned: Bool
    /// Up to five of their files, sorted.
    public var sampleFiles: [String]

    public init(name: String, email: String, files: Int, pruned: Bool, sampleFiles: [String]) {
        self.name = name
        self.email = email
        self.files = files
        self.pruned = pruned
        self.sampleFiles = sampleFiles
    }
}
