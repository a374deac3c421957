/// Something that got worse between the exit snapshot and a follow-up assessment.
public struct Regression: Sendable, Hashable, Codable {
    public enum Scope: String, Sendable, Hashable, Codable { case overall, principle, section, question }

    public var scope: Scope
    public var id: String
    public var before: String
    public var after: String
    /// Score change (negative), when the scope has a score.
    public var delta: Double?

    public init(scope: Scope, id: String, before: String, after: String, delta: Double?) {
        self.scope = scope
        self.id = id
        self.before = before
        self.after = after
        self.delta = delta
    }
}
