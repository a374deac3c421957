/// Case-insensitive keyword matching for the rule files. A keyword written in ASCII letters or
/// digits matches whole words only (`who` does not match `whole`, `page` not `homepage`); a
/// trailing `*` makes it a prefix (`revert*` matches `reverted`). Keywords in Hangul and other
/// scripts that attach particles to words match anywhere.
public enum KeywordMatcher {
    /// Lowercased text with runs of whitespace made single spaces.
    public static func fold(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The first of `keywords` found in `folded` (already folded), or nil.
    public static func firstMatch(in folded: String, keywords: [String]) -> String? {
        for keyword in keywords where matches(folded, fold(keyword)) { return keyword }
        return nil
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        var keyword = pattern
        var prefix = false
        if keyword.hasSuffix("*") {
            keyword.removeLast()
            prefix = true
        }
        guard !keyword.isEmpty else { return false }
        let startBoundary = keyword.unicodeScalars.first.map(isASCIIWordScalar) ?? false
        let endBoundary = !prefix && (keyword.unicodeScalars.last.map(isASCIIWordScalar) ?? false)
        let scalars = text.unicodeScalars
        var searchStart = text.startIndex
        while let range = text.range(of: keyword, range: searchStart..<text.endIndex) {
            let startOK = !startBoundary || range.lowerBound == text.startIndex
                || !isASCIIWordScalar(scalars[scalars.index(before: range.lowerBound)])
            let endOK = !endBoundary || range.upperBound == text.endIndex
                || !isASCIIWordScalar(scalars[range.upperBound])
            if startOK && endOK { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    static func isASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || s == "_"
    }
}
