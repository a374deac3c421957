/// What `TruckFactorAnalyzer` reads and how it groups files.
public struct TruckFactorOptions: Sendable, Hashable {
    /// How files are grouped into components.
    public enum Components: Sendable, Hashable {
        /// The first `depth` directories of a path name its component (`depth` ≥ 1); files with
        /// fewer directories than that belong to the component named by the ones they have, and
        /// files at the top level to `.`.
        case depth(Int)
        /// Components declared in the engagement file: name → path prefixes. A file belongs to
        /// every component with a prefix that is the file itself or one of its folders.
        case declared([String: [String]])
    }

    public var components: Components
    /// Only commits at or after this date (anything `git log --since` understands, e.g. `2024-01-31`).
    public var since: String?
    /// Which HEAD files take part.
    public var filter: PathFilter
    /// Developer aliases: alias e-mail → canonical e-mail (compared case-insensitively).
    public var aliases: [String: String]
    /// How many `git log` processes read the history at once (0: one per core, at least 2).
    public var parallelism: Int
    /// Commits per `git log` process (the history is cut into chunks of this many).
    public var chunkSize: Int
    /// Print progress to standard error (commits read, rate) for long runs.
    public var progress: Bool

    public init(
        components: Components = .depth(1), since: String? = nil, filter: PathFilter = PathFilter(),
        aliases: [String: String] = [:], parallelism: Int = 0, chunkSize: Int = 4096, progress: Bool = false
    ) {
        self.chunkSize = chunkSize
        self.components = components
        self.since = since
        self.filter = filter
        self.aliases = aliases
        self.parallelism = parallelism
        self.progress = progress
    }
}
