import Foundation

/// Merges raw commit identities into developers, union-find style. Two identities are the same
/// developer when (after git applied `.mailmap` to `%aN`/`%aE`):
///
/// 1. their e-mails are equal ignoring case;
/// 2. their names are identical (after trimming spaces; empty names never merge);
/// 3. the engagement's `aliases` map one e-mail to the other (alias → canonical, ignoring case).
struct IdentityMerger {
    let aliases: [String: String]

    init(aliases: [String: String]) {
        var lowered: [String: String] = [:]
        for (alias, canonical) in aliases {
            lowered[Self.normal(alias)] = Self.normal(canonical)
        }
        self.aliases = lowered
    }

    static func normal(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Returns the developers (sorted by name, then e-mail) and, for each raw identity, its developer.
    func merge(_ identities: [RawIdentity], commits: [Int]) -> (developers: [Developer], developerOf: [Int]) {
        var parent = Array(identities.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }

        var byEmail: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (i, identity) in identities.enumerated() {
            let email = Self.normal(identity.email)
            if let other = byEmail[email] { union(i, other) } else { byEmail[email] = i }
            let name = identity.name.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty {
                if let other = byName[name] { union(i, other) } else { byName[name] = i }
            }
        }
        for (alias, canonical) in aliases.sorted(by: { $0.key < $1.key }) {
            if let a = byEmail[alias], let c = byEmail[canonical] { union(a, c) }
        }

        // Gather the groups in first-seen order, then describe each.
        var groupIndex: [Int: Int] = [:]
        var groups: [[Int]] = []
        for i in identities.indices {
            let root = find(i)
            if let g = groupIndex[root] {
                groups[g].append(i)
            } else {
                groupIndex[root] = groups.count
                groups.append([i])
            }
        }
        var developers = groups.map { describe($0, identities, commits) }
        let order = developers.indices.sorted { (developers[$0].name, developers[$0].email) < (developers[$1].name, developers[$1].email) }
        var rank = Array(repeating: 0, count: order.count)
        for (position, g) in order.enumerated() { rank[g] = position }
        developers = order.map { developers[$0] }
        let developerOf = identities.indices.map { i in groupIndex[find(i)].map { rank[$0] } ?? 0 }
        return (developers, developerOf)
    }

    private func describe(_ members: [Int], _ identities: [RawIdentity], _ commits: [Int]) -> Developer {
        var names: [String: Int] = [:]
        var emails: [String: Int] = [:]
        var total = 0
        for m in members {
            names[identities[m].name.trimmingCharacters(in: .whitespaces), default: 0] += commits[m]
            emails[Self.normal(identities[m].email), default: 0] += commits[m]
            total += commits[m]
        }
        let name = Self.mostFrequent(names)
        let canonical = emails.keys.compactMap { aliases[$0] }.sorted().first
            ?? emails.keys.filter { aliases.values.contains($0) }.sorted().first
        return Developer(name: name, email: canonical ?? Self.mostFrequent(emails), emails: emails.keys.sorted(), commits: total)
    }

    /// The key with the highest count; ties go to the smallest key.
    static func mostFrequent(_ counts: [String: Int]) -> String {
        counts.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key ?? ""
    }
}
