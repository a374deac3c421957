/// The history of one contiguous range of commits, as parsed from one `git log` process: each
/// commit's author and path changes, with names and paths interned (only this compact form is
/// kept, never the log text).
struct RangeLog: Sendable {
    /// Author identities `(name, e-mail)` as git printed them (after `.mailmap`).
    var identities: [RawIdentity] = []
    var identityIndex: [String: Int32] = [:]
    /// Every path the range mentions.
    var paths: [String] = []
    var pathIndex: [String: Int32] = [:]
    /// Per commit, in history order: the author (index into `identities`)…
    var commitAuthors: [Int32] = []
    /// …and where its changes end in `changes` (they start where the previous commit's end).
    var commitEnds: [Int32] = []
    var changes: [PathChange] = []

    var commitCount: Int { commitAuthors.count }

    mutating func internPath(_ path: String) -> Int32 {
        if let index = pathIndex[path] { return index }
        let index = Int32(paths.count)
        paths.append(path)
        pathIndex[path] = index
        return index
    }

    mutating func internIdentity(name: String, email: String) -> Int32 {
        let key = name + "\u{0}" + email
        if let index = identityIndex[key] { return index }
        let index = Int32(identities.count)
        identities.append(RawIdentity(name: name, email: email))
        identityIndex[key] = index
        return index
    }
}
