/// Replays the ranges forward, in history order, following each file through renames:
///
/// - `A path`: a new file whose adder is its creator; when the path held a file that was
///   deleted earlier, that file comes back and the re-adder is a creator too (FA = 1 for both);
/// - `M`/`T path`: a change by the author (a path first seen here, e.g. in a `--since` window,
///   starts a file with no creator);
/// - `R old new`: the file moves to `new` and the rename is a change by its author;
/// - `C old new`: the copy is a new file created by the author;
/// - `D path`: the file leaves the tree (it is remembered in case the path is added again).
///
/// Ranges are replayed one after another, so a rename in one range continues a file whose
/// earlier history was read by another process.
struct HistoryReplay {
    private(set) var identities: [RawIdentity] = []
    private var identityIndex: [RawIdentity: Int32] = [:]
    private(set) var commitsPerIdentity: [Int] = []
    private(set) var pathIndex: [String: Int32] = [:]
    private var live: [Int32] = []
    private var deleted: [Int32] = []
    private(set) var files: [FileHistory] = []
    private(set) var commits = 0

    init() {}

    /// The file a path holds after the replay, if any.
    func file(at path: String) -> FileHistory? {
        guard let p = pathIndex[path], live[Int(p)] >= 0 else { return nil }
        return files[Int(live[Int(p)])]
    }

    private mutating func globalPath(_ path: String) -> Int32 {
        if let p = pathIndex[path] { return p }
        let p = Int32(live.count)
        pathIndex[path] = p
        live.append(-1)
        deleted.append(-1)
        return p
    }

    private mutating func newFile() -> Int32 {
        files.append(FileHistory())
        return Int32(files.count - 1)
    }

    /// Replays ranges listed newest first (as `HistoryReader` returns them), oldest commit first.
    mutating func replay(newestFirst ranges: [RangeLog]) {
        for range in ranges.reversed() { replay(range) }
    }

    /// Replays one range whose commits are listed newest first, oldest commit first.
    mutating func replay(_ range: RangeLog) {
        var pathMap = Array(repeating: Int32(-1), count: range.paths.count)
        var identityMap = [Int32](); identityMap.reserveCapacity(range.identities.count)
        for identity in range.identities {
            if let g = identityIndex[identity] {
                identityMap.append(g)
            } else {
                let g = Int32(identities.count)
                identities.append(identity)
                identityIndex[identity] = g
                commitsPerIdentity.append(0)
                identityMap.append(g)
            }
        }
        func resolve(_ local: Int32, _ replay: inout HistoryReplay) -> Int {
            if pathMap[Int(local)] < 0 { pathMap[Int(local)] = replay.globalPath(range.paths[Int(local)]) }
            return Int(pathMap[Int(local)])
        }

        for c in stride(from: range.commitCount - 1, through: 0, by: -1) {
            let author = identityMap[Int(range.commitAuthors[c])]
            commitsPerIdentity[Int(author)] += 1
            let start = c == 0 ? 0 : Int(range.commitEnds[c - 1])
            let end = Int(range.commitEnds[c])
            for change in range.changes[start..<end] {
                let path = resolve(change.path, &self)
                switch change.kind {
                case .add, .copy:
                    var file = live[path]
                    if file < 0 {
                        file = deleted[path] >= 0 ? deleted[path] : newFile()
                        deleted[path] = -1
                        live[path] = file
                    }
                    files[Int(file)].record(identity: author, addition: true)
                case .modify:
                    if live[path] < 0 { live[path] = newFile() }
                    files[Int(live[path])].record(identity: author, addition: false)
                case .delete:
                    if live[path] >= 0 {
                        deleted[path] = live[path]
                        live[path] = -1
                    }
                case .rename:
                    let source = change.source >= 0 ? resolve(change.source, &self) : -1
                    var file: Int32 = -1
                    if source >= 0 {
                        file = live[source]
                        live[source] = -1
                    }
                    if file < 0 { file = newFile() }
                    live[path] = file
                    deleted[path] = -1
                    files[Int(file)].record(identity: author, addition: false)
                }
            }
        }
        commits += range.commitCount
    }
}
