/// Who changed one file (one identity followed through renames), counted per raw identity.
struct FileHistory: Sendable {
    struct Touch: Sendable {
        var identity: Int32
        /// Commits by this identity that changed the file (additions included).
        var changes: Int32
        /// Of those, the ones that added it (the first time, or again after a deletion).
        var additions: Int32
    }

    var touches: [Touch] = []

    mutating func record(identity: Int32, addition: Bool) {
        let added: Int32 = addition ? 1 : 0
        for i in touches.indices where touches[i].identity == identity {
            touches[i].changes += 1
            touches[i].additions += added
            return
        }
        touches.append(Touch(identity: identity, changes: 1, additions: added))
    }

    /// The degree of authorship of every developer who touched the file, given each raw
    /// identity's developer. Sorted by developer index.
    func degrees(developerOf: [Int]) -> [(developer: Int, doa: DegreeOfAuthorship)] {
        var perDeveloper: [Int: (changes: Int, additions: Int)] = [:]
        var total = 0
        for touch in touches {
            let d = developerOf[Int(touch.identity)]
            perDeveloper[d, default: (0, 0)].changes += Int(touch.changes)
            perDeveloper[d, default: (0, 0)].additions += Int(touch.additions)
            total += Int(touch.changes)
        }
        return perDeveloper.sorted { $0.key < $1.key }.map { d, counts in
            (d, DegreeOfAuthorship(firstAuthorship: counts.additions > 0, deliveries: counts.changes - counts.additions, acceptances: total - counts.changes))
        }
    }
}
