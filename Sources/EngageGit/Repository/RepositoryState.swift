/// What `RepositoryProbe` learnt about a repository before reading its history.
public struct RepositoryState: Sendable, Hashable, Codable {
    /// The path as given.
    public var path: String
    /// The commit HEAD points at.
    public var head: String
    /// The branch HEAD is on (`main`), or nil when HEAD is detached.
    public var branch: String?

    public init(path: String, head: String, branch: String?) {
        self.path = path
        self.head = head
        self.branch = branch
    }

    /// `main at 1a2b3c4d5e6f` or `detached HEAD at 1a2b3c4d5e6f`.
    public var headDescription: String {
        let short = String(head.prefix(12))
        if let branch { return "\(branch) at \(short)" }
        return "detached HEAD at \(short)"
    }
}
