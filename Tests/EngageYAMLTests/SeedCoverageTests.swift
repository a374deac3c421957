import EngageCore
import Foundation
import Testing
@testable import EngageYAML

/// docs/seed-coverage.md maps every line of both seeds to checklist ids: no seed line is left
/// unmapped, and no id in the table is missing from the checklists.
struct SeedCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    struct Row { var seed: String; var line: Int; var ids: [String] }

    static func rows() throws -> [Row] {
        let doc = try String(contentsOfFile: root + "/docs/seed-coverage.md", encoding: .utf8)
        var seed = ""
        var rows: [Row] = []
        for line in doc.split(separator: "\n") {
            if line.hasPrefix("## ") { seed = String(line.dropFirst(3)); continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 5, let n = Int(cells[1]) else { continue }
            let ids = cells[cells.count - 2].split(separator: ",").compactMap { entry -> String? in
                let word = entry.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "").split(separator: " ").first.map(String.init)
                return word == "sre-engage" ? nil : word
            }
            rows.append(Row(seed: seed, line: n, ids: ids))
        }
        return rows
    }

    @Test func everyIdInTheTableExists() throws {
        let library = ChecklistLoader().load(paths: [Self.root + "/checklists"]).library
        var known: Set<String> = ["staffing", "outcomes"]
        for c in library.assessments {
            known.insert(c.id)
            for s in c.sections { known.insert(s.id); for q in s.questions { known.insert(q.id) } }
            for l in c.levels { known.insert(l.id) }
        }
        if let g = library.guide {
            known.insert(g.id)
            for p in g.phases { known.insert(p.id); for i in p.tasks + p.exitCriteria + p.notes { known.insert(i.id) } }
            for o in g.outcomes { known.insert(o.id) }
        }
        if let s = library.stressors { known.insert(s.id); for x in s.stressors { known.insert(x.id) } }
        let rows = try Self.rows()
        #expect(rows.count > 150)
        for row in rows {
            #expect(!row.ids.isEmpty, "\(row.seed):\(row.line) maps to nothing")
            for id in row.ids where id != "level" {
                #expect(known.contains(id), "\(row.seed):\(row.line) names unknown id '\(id)'")
            }
        }
    }

    @Test(arguments: ["000_6269cd0ea14e0078.txt", "001_97113b75d841fbfa.txt"])
    func everySeedLineIsMapped(_ seed: String) throws {
        guard let text = try? String(contentsOfFile: Self.root + "/../shared/seeds/" + seed, encoding: .utf8) else { return }
        let mapped = Set(try Self.rows().filter { $0.seed == seed }.map(\.line))
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let s = line.trimmingCharacters(in: .whitespaces)
            if s.isEmpty || s == "***" || s.allSatisfy({ $0 == "=" || $0 == "-" }) { continue }
            #expect(mapped.contains(index + 1), "\(seed):\(index + 1) '\(s)' is not in docs/seed-coverage.md")
        }
    }
}
