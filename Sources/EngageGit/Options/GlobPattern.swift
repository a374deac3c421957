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
    /// Fast paths for the common shapes: no wildcard at all, or `*` then a literal suffix.
    let literal: Bool
    let suffix: [UInt8]?

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
        let wildcards: Set<UInt8> = [UInt8(ascii: "*"), UInt8(ascii: "?")]
        literal = !pattern.contains { wildcards.contains($0) }
        let rest = pattern.dropFirst()
        suffix = pattern.first == UInt8(ascii: "*") && !rest.contains { wildcards.contains($0) || $0 == UInt8(ascii: "/") } ? Array(rest) : nil
    }

    /// Whether the pattern matches one whole string (a path, a file name or a folder name).
    func whole(_ s: ArraySlice<UInt8>) -> Bool {
        if literal { return s.elementsEqual(pattern) }
        if let suffix {
            // `*` never crosses a slash; the suffix has none, so only the string's last slash matters.
            return s.count >= suffix.count && s.suffix(suffix.count).elementsEqual(suffix) && !s.dropLast(suffix.count).contains(UInt8(ascii: "/"))
        }
        return Self.match(pattern[...], s)
    }

    /// Whether `path` (slash-separated, relative to the repository top) matches.
    public func matches(_ path: String) -> Bool {
        matches(Array(path.utf8))
    }

    func matches(_ bytes: [UInt8]) -> Bool {
        switch anchor {
        case .path:
            return whole(bytes[...])
        case .fileName:
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            return whole(bytes[start...])
        case .folder:
            var start = 0
            for (i, b) in bytes.enumerated() where b == UInt8(ascii: "/") {
                if whole(bytes[start..<i]) { return true }
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
