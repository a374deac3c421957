/// Which files at HEAD take part in the truck factor. By default vendored code, generated files
/// and documentation are left out (Avelino et al. likewise drop third-party files), since nobody
/// holds knowledge of them in the sense the truck factor measures.
public struct PathFilter: Sendable, Hashable {
    /// Folders of third-party code copied into the repository.
    public static let vendored: [String] = [
        "vendor/", "vendors/", "third_party/", "third-party/", "thirdparty/", "3rdparty/",
        "node_modules/", "bower_components/", "Pods/", "Carthage/", ".yarn/",
    ]
    /// Files produced by tools (lock files, minified bundles, protobuf and other code generators),
    /// and git's own metadata files.
    public static let generated: [String] = [
        "*.min.js", "*.min.css", "*.map", "*.pb.go", "*.pb.swift", "*_pb2.py", "*_pb2_grpc.py", "*.pb.h", "*.pb.cc",
        "*.generated.*", "*.g.dart", "*.designer.cs", "package-lock.json", "yarn.lock", "pnpm-lock.yaml",
        "Cargo.lock", "go.sum", "Gemfile.lock", "Podfile.lock", "poetry.lock", "composer.lock", "Package.resolved",
        ".mailmap", ".gitattributes", ".gitmodules", ".gitignore",
    ]
    /// Documentation folders and prose files.
    public static let documentation: [String] = [
        "docs/", "doc/", "documentation/", "*.md", "*.markdown", "*.rst", "*.adoc", "*.asciidoc",
        "LICENSE", "LICENSE.*", "LICENCE", "COPYING", "COPYING.*", "AUTHORS", "CONTRIBUTORS", "CHANGELOG", "NOTICE",
    ]

    public var excludeVendored: Bool
    public var excludeGenerated: Bool
    public var excludeDocumentation: Bool
    /// Further patterns to leave out (`GlobPattern` syntax).
    public var excludes: [GlobPattern]

    public init(excludeVendored: Bool = true, excludeGenerated: Bool = true, excludeDocumentation: Bool = true, excludes: [String] = []) {
        self.excludeVendored = excludeVendored
        self.excludeGenerated = excludeGenerated
        self.excludeDocumentation = excludeDocumentation
        self.excludes = excludes.map(GlobPattern.init)
    }

    /// Every pattern in force, defaults first.
    public var patterns: [GlobPattern] {
        var all: [String] = []
        if excludeVendored { all += Self.vendored }
        if excludeGenerated { all += Self.generated }
        if excludeDocumentation { all += Self.documentation }
        return all.map(GlobPattern.init) + excludes
    }

    /// A matcher for many paths (patterns parsed once).
    public func matcher() -> Matcher { Matcher(patterns: patterns) }

    /// Decides inclusion for one path at a time. Literal folder and file names go into sets and
    /// `*.ext` patterns into a suffix list, so the common defaults cost one pass over the path;
    /// other patterns use the general matcher.
    public struct Matcher: Sendable {
        let folderNames: Set<[UInt8]>
        let fileNames: Set<[UInt8]>
        let fileSuffixes: [[UInt8]]
        let general: [GlobPattern]

        init(patterns: [GlobPattern]) {
            var folderNames = Set<[UInt8]>(), fileNames = Set<[UInt8]>()
            var fileSuffixes: [[UInt8]] = [], general: [GlobPattern] = []
            for pattern in patterns {
                switch pattern.anchor {
                case .folder where pattern.literal: folderNames.insert(pattern.pattern)
                case .fileName where pattern.literal: fileNames.insert(pattern.pattern)
                case .fileName where pattern.suffix != nil: fileSuffixes.append(pattern.suffix ?? [])
                default: general.append(pattern)
                }
            }
            self.folderNames = folderNames
            self.fileNames = fileNames
            self.fileSuffixes = fileSuffixes
            self.general = general
        }

        /// Whether the file takes part (matches no exclusion).
        public func includes(_ path: String) -> Bool {
            let bytes = Array(path.utf8)
            var start = 0
            for (i, b) in bytes.enumerated() where b == UInt8(ascii: "/") {
                if !folderNames.isEmpty, folderNames.contains(Array(bytes[start..<i])) { return false }
                start = i + 1
            }
            let name = bytes[start...]
            if fileNames.contains(Array(name)) { return false }
            for suffix in fileSuffixes where name.count >= suffix.count && name.suffix(suffix.count).elementsEqual(suffix) {
                return false
            }
            return !general.contains { $0.matches(bytes) }
        }
    }
}
