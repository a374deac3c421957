/// The greedy truck-factor search of Avelino et al. (ICPC 2016), with the published tool's pruning.
///
/// 1. Each developer's weight is the number of files in scope they author.
/// 2. While at least half of the files still have an author among the remaining developers
///    (coverage ≥ 0.5, so a removal that leaves exactly 0.5 is followed by another), remove the
///    developer with the most files (ties: the lower developer index, i.e. by name then e-mail).
/// 3. The greedy truck factor is the number removed.
/// 4. Pruning drops from that set every developer who authors under 10 % as many files as the
///    first one removed (`10 · files < top`); what is left is the truck factor.
public enum TruckFactorAlgorithm {
    // Coverage threshold 0.5 and pruning share 0.1 are compared in integers
    // (`2 · covered ≥ files`, `10 · files < top`) so no rounding can move a boundary case.

    /// - Parameters:
    ///   - authors: for each file in scope, the indices of its authors;
    ///   - paths: the file paths, parallel to `authors` (for sample files);
    ///   - developers: every developer, indexed as in `authors`.
    public static func compute(authors: [[Int]], paths: [String], developers: [Developer]) -> TruckFactorResult {
        let fileCount = authors.count
        var authored = Array(repeating: 0, count: developers.count)
        var filesOf = Array(repeating: [Int](), count: developers.count)
        var remainingAuthors = authors.map(\.count)
        var covered = 0
        for (f, fileAuthors) in authors.enumerated() {
            if !fileAuthors.isEmpty { covered += 1 }
            for d in fileAuthors {
                authored[d] += 1
                filesOf[d].append(f)
            }
        }
        let filesWithAuthor = covered

        // Removal order: most files first, then developer index; developers with no file never matter.
        let order = authored.indices.filter { authored[$0] > 0 }.sorted { authored[$0] != authored[$1] ? authored[$0] > authored[$1] : $0 < $1 }
        var removed: [Int] = []
        var next = 0
        while fileCount > 0, 2 * covered >= fileCount, next < order.count {
            let d = order[next]
            next += 1
            removed.append(d)
            for f in filesOf[d] {
                remainingAuthors[f] -= 1
                if remainingAuthors[f] == 0 { covered -= 1 }
            }
        }

        let top = removed.first.map { authored[$0] } ?? 0
        let holders = removed.map { d in
            TruckFactorHolder(
                name: developers[d].name, email: developers[d].email, files: authored[d],
                pruned: 10 * authored[d] < top,
                sampleFiles: filesOf[d].map { paths[$0] }.sorted().prefix(5).map { $0 })
        }
        return TruckFactorResult(
            files: fileCount, filesWithAuthor: filesWithAuthor, greedy: removed.count,
            truckFactor: holders.filter { !$0.pruned }.count, holders: holders)
    }
}
