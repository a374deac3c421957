/// An author as one commit records it, after git applied `.mailmap` (`%aN`, `%aE`).
public struct RawIdentity: Sendable, Hashable, Codable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
