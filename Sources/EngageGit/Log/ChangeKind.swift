/// What one commit did to one path, from `git log --name-status` letters.
enum ChangeKind: UInt8, Sendable {
    /// `A`: the path was added.
    case add
    /// `M` or `T`: contents or type changed.
    case modify
    /// `D`: the path was deleted.
    case delete
    /// `R`: moved from the source path (contents possibly changed too).
    case rename
    /// `C`: copied from the source path; the copy is a new file.
    case copy
}
