extension String {
    /// Optimal-string-alignment edit distance over characters: insertions, deletions,
    /// substitutions and transpositions of neighbours each cost 1 (`detials` → `details` is 1).
    public func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The closest candidate when it is close enough to be a likely typo, for "did you mean …?".
    public func closestMatch<S: Sequence>(in candidates: S) -> String? where S.Element == String {
        let limit = Swift.max(1, count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(to: candidate)
            if distance <= Swift.max(limit, 2), distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// ` (did you mean 'x'?)` or the empty string.
    public func didYouMean<S: Sequence>(_ candidates: S) -> String where S.Element == String {
        closestMatch(in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
