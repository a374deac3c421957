/// Case-insensitive keyword matching for the rule files. A keyword that starts with a letter or
/// digit must start a word (so `page` does not match `homepage`); Hangul and other scripts that do
/// not separate words with spaces match anywhere.
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

    static func matches(_ text: String, _ keyword: String) -> Bool {
        guard !keyword.isEmpty else { return false }
        let needsBoundary = keyword.unicodeScalars.first.map(isASCIIWordScalar) ?? false
        var searchStart = text.startIndex
        while let range = text.range(of: keyword, range: searchStart..<text.endIndex) {
            if !needsBoundary || range.lowerBound == text.startIndex { return true }
            let before = text.unicodeScalars[text.unicodeScalars.index(before: range.lowerBound)]
            if !isASCIIWordScalar(before) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    static func isASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || s == "_"
    }
}
