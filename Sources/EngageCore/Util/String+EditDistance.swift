extension String {
    /// Levenshtein distance over Unicode characters.
    public func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
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
