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
        // Few developers touch one file: a small sorted array beats a dictionary.
        var perDeveloper: [(developer: Int, changes: Int, additions: Int)] = []
        perDeveloper.reserveCapacity(touches.count)
        var total = 0
        for touch in touches {
            let d = developerOf[Int(touch.identity)]
            total += Int(touch.changes)
            if let i = perDeveloper.firstIndex(where: { $0.developer == d }) {
                perDeveloper[i].changes += Int(touch.changes)
                perDeveloper[i].additions += Int(touch.additions)
            } else {
                perDeveloper.append((d, Int(touch.changes), Int(touch.additions)))
            }
        }
        perDeveloper.sort { $0.developer < $1.developer }
        return perDeveloper.map { entry in
            (entry.developer, DegreeOfAuthorship(firstAuthorship: entry.additions > 0, deliveries: entry.changes - entry.additions, acceptances: total - entry.changes))
        }
    }
}
