/// A shell-style pattern over repository paths, with `.gitignore`-like anchoring:
///
/// - `name/` (trailing slash) matches any folder of that name at any depth (`vendor/`);
/// - a pattern with a slash elsewhere matches the whole path from the top (`src/gen/**`);
/// - any other pattern matches the file name at any depth (`*.md`).
///
/// `*` matches within one path segment, `?` one character, `**` any number of segments.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    enum Anchor: Sendable, Hashable { case folder, path, fileName }

    public let description: String
    let anchor: Anchor
    let pattern: [UInt8]

    public init(_ text: String) {
        description = text
        if text.hasSuffix("/") {
            anchor = .folder
            pattern = Array(text.dropLast().utf8)
        } else if text.contains("/") {
            anchor = .path
            pattern = Array((text.hasPrefix("/") ? String(text.dropFirst()) : text).utf8)
        } else {
            anchor = .fileName
            pattern = Array(text.utf8)
        }
    }

    /// Whether `path` (slash-separated, relative to the repository top) matches.
    public func matches(_ path: String) -> Bool {
        matches(Array(path.utf8))
    }

    func matches(_ bytes: [UInt8]) -> Bool {
        switch anchor {
        case .path:
            return Self.match(pattern[...], bytes[...])
        case .fileName:
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            return Self.match(pattern[...], bytes[start...])
        case .folder:
            var start = 0
            for (i, b) in bytes.enumerated() where b == UInt8(ascii: "/") {
                if Self.match(pattern[...], bytes[start..<i]) { return true }
                start = i + 1
            }
            return false
        }
    }

    /// Backtracking match of a glob against a whole byte string.
    static func match(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?"), slash = UInt8(ascii: "/")
        guard let first = p.first else { return s.isEmpty }
        if first == star {
            let doubled = p.count > 1 && p[p.startIndex + 1] == star
            if doubled {
                // `**/` matches zero or more whole segments; a bare `**` anything at all.
                var rest = p.dropFirst(2)
                if rest.first == slash {
                    rest = rest.dropFirst()
                    if match(rest, s) { return true }
                    var i = s.startIndex
                    while i < s.endIndex {
                        if s[i] == slash, match(rest, s[(i + 1)...]) { return true }
                        i += 1
                    }
                    return false
                }
                var i = s.startIndex
                while true {
                    if match(rest, s[i...]) { return true }
                    if i == s.endIndex { return false }
                    i += 1
                }
            }
            let rest = p.dropFirst()
            var i = s.startIndex
            while true {
                if match(rest, s[i...]) { return true }
                if i == s.endIndex || s[i] == slash { return false }
                i += 1
            }
        }
        guard let c = s.first else { return false }
        if first == question ? c != slash : first == c {
            return match(p.dropFirst(), s.dropFirst())
        }
        return false
    }
}
