import Foundation
import Testing

/// `score example --format json` on the shipped example matches the worked example in
/// docs/scoring.md, number for number.
struct WorkedExampleTests {
    struct Card: Decodable {
        struct Group: Decodable { var id: String; var score: Double?; var level: String? }
        struct Section: Decodable { var id: String; var score: Double?; var risks: Risks }
        struct Risks: Decodable { var high: Int; var medium: Int }
        var overall: Group
        var checklists: [Group]
        var principles: [Group]
        var sections: [Section]
    }
    struct Result: Decodable {
        var round: String
        var respondents: [String]
        var scorecard: Card
        struct D: Decodable { var question: String; var spread: Int }
        var disagreements: [D]
    }

    /// `| label | value |` rows of the doc's tables, last column parsed as a number when it is one.
    static func docTable() throws -> [String: String] {
        let doc = try String(contentsOfFile: CLIRunner.repositoryRoot + "/docs/scoring.md", encoding: .utf8)
        let worked = doc.components(separatedBy: "## Worked example").last ?? ""
        var rows: [String: String] = [:]
        for line in worked.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if let first = cells.first, let last = cells.last { rows[first] = last }
        }
        return rows
    }

    @Test func scoreJSONMatchesTheDocumentedWorkedExample() throws {
        let r = try CLIRunner(directory: CLIRunner.repositoryRoot).run(["score", "example", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let result = try JSONDecoder().decode(Result.self, from: Data(r.stdout.utf8))
        #expect(result.round == "exit")
        #expect(result.respondents == ["dana", "min-jun"])
        #expect(result.disagreements.map(\.question) == ["p1.training-drills"])
        let doc = try Self.docTable()
        func one(_ x: Double?) -> String { String(format: "%.1f", x ?? .nan) }
        for id in ["principle-1", "principle-2", "principle-3", "principle-4"] {
            #expect(one(result.scorecard.sections.first { $0.id == id }?.score) == doc[id], "\(id)")
        }
        let principles = try #require(result.scorecard.checklists.first { $0.id == "principles" })
        #expect(one(principles.score) == doc["checklist principles"])
        #expect(principles.level == doc["level principles"])
        #expect(one(result.scorecard.principles.first { $0.id == "principle-1" }?.score) == doc["principle principle-1"])
        #expect(one(result.scorecard.overall.score) == doc["overall"])
        let p1 = try #require(result.scorecard.sections.first { $0.id == "principle-1" })
        #expect(p1.risks.high == 1 && p1.risks.medium == 1)
    }
}
