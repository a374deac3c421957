extension TruckFactorOptions.Components {
    /// The components a file belongs to.
    func names(of path: String) -> [String] {
        switch self {
        case .depth(let depth):
            let folders = path.split(separator: "/").dropLast()
            if folders.isEmpty { return ["."] }
            return [folders.prefix(max(1, depth)).joined(separator: "/")]
        case .declared(let declared):
            return declared.keys.sorted().filter { name in
                (declared[name] ?? []).contains { Self.prefix($0, covers: path) }
            }
        }
    }

    /// Whether a declared prefix (`services/api`, `./services/api/`, `.`) covers a path.
    static func prefix(_ prefix: String, covers path: String) -> Bool {
        var p = Substring(prefix)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        while p.hasPrefix("/") { p = p.dropFirst() }
        while p.hasSuffix("/") { p = p.dropLast() }
        if p.isEmpty || p == "." { return true }
        return path == p || path.hasPrefix(p + "/")
    }

    /// How the report describes the grouping.
    var description: String {
        switch self {
        case .depth(let depth): depth == 1 ? "top-level folders" : "folders to depth \(depth)"
        case .declared: "declared in the engagement"
        }
    }
}
