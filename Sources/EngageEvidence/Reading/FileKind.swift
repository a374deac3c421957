/// File-name helpers for telling evidence files apart.
enum FileKind {
    /// The lowercased extension without the dot (`json`), or "" when there is none.
    static func `extension`(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// The last path component.
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
