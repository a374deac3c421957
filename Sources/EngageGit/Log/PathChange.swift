/// One entry of a commit's `--name-status` list in compact form: indices into the range's path table.
struct PathChange: Sendable {
    var kind: ChangeKind
    /// The path after the change.
    var path: Int32
    /// The path before a rename or copy; -1 otherwise.
    var source: Int32
}
