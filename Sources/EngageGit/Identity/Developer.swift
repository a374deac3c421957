/// One person, after merging the identities they committed under.
public struct Developer: Sendable, Hashable, Codable {
    /// The name they committed under most often.
    public var name: String
    /// Their canonical e-mail: the alias target when the engagement declares one, else the
    /// (lowercased) e-mail they committed with most often.
    public var email: String
    /// Every e-mail merged into this developer, lowercased and sorted.
    public var emails: [String]
    /// Commits read.
    public var commits: Int

    public init(name: String, email: String, emails: [String], commits: Int) {
        self.name = name
        self.email = email
        self.emails = emails
        self.commits = commits
    }

    /// `Name <email>`.
    public var label: String { "\(name) <\(email)>" }
}
