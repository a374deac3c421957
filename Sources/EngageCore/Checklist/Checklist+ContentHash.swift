extension Checklist {
    /// The methodology version: a SHA-256 over what scoring depends on — question ids and weights,
    /// option ids and scores in scale order, risk rules, section ids, weights and principles, and
    /// the level ladder. Rewording a question or fixing a translation keeps the hash; changing
    /// what an answer is worth changes it, and history then marks a methodology boundary.
    public var contentHash: String {
        var lines: [String] = ["checklist \(id)"]
        for section in sections {
            lines.append("section \(section.id) w=\(section.weight.compactString) p=\(section.principle ?? "-")")
            for question in section.questions {
                lines.append(Self.canonical(question))
            }
        }
        for level in levels {
            lines.append("level \(level.id) " + level.requires.map(\.description).joined(separator: " & "))
        }
        return "sha256:" + SHA256.hex(lines.joined(separator: "\n"))
    }

    /// The scoring-relevant content of one question, one line; equal lines mean the question is
    /// scored the same way in two checklist versions.
    public static func canonical(_ question: Question) -> String {
        let options = question.options.map { "\($0.id)=\($0.score.compactString)" }.joined(separator: ",")
        let risks = question.risk.map { "\($0.when.joined(separator: "|"))>\($0.risk.rawValue)" }.joined(separator: ",")
        return "question \(question.id) w=\(question.weight.compactString) [\(options)] risk[\(risks)]"
    }
}
