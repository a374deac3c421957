import EngageCore
import Foundation
import Testing
@testable import EngageGit

@Suite struct TruckFactorReportTests {
    static func report(path: String = "/repos/shop", tf: Int = 1) -> TruckFactorReport {
        let alice = TruckFactorHolder(name: "Alice", email: "alice@example.com", files: 2, pruned: false, sampleFiles: ["api/a.go", "api/b.go"])
        let bob = TruckFactorHolder(name: "Bob", email: "bob@example.com", files: 1, pruned: false, sampleFiles: ["web/c.ts"])
        let api = TruckFactorResult(files: 2, filesWithAuthor: 2, greedy: 1, truckFactor: 1, holders: [alice])
        let web = TruckFactorResult(files: 2, filesWithAuthor: 2, greedy: 2, truckFactor: 2, holders: [bob, bob])
        let whole = TruckFactorResult(files: 4, filesWithAuthor: 4, greedy: tf, truckFactor: tf, holders: Array([alice, bob].prefix(tf)))
        return TruckFactorReport(
            repository: RepositoryState(path: path, head: "0123456789abcdef0123", branch: "main"), since: nil,
            commitsRead: 3, developers: 2, filesAtHead: 5, filesExcluded: 1, filesWithoutHistory: 0,
            componentGrouping: "top-level folders", truckFactor: whole,
            components: [ComponentTruckFactor(name: "api", result: api), ComponentTruckFactor(name: "web", result: web)])
    }

    @Test func factsForOneRepository() throws {
        let facts = FactSet(Self.report().facts())
        #expect(facts["git.truck_factor"]?.value == .number(1))
        #expect(facts["git.truck_factor_greedy"]?.value == .number(1))
        #expect(facts["git.files"]?.value == .number(4))
        guard case .list(let items)? = facts["git.components_with_tf1"]?.value else {
            Issue.record("git.components_with_tf1 is not a list")
            return
        }
        #expect(items.map(\.value) == ["api"])
        #expect(items.first?.detail == "held by Alice (2 files)")
        #expect(items.first?.evidence.map(\.description) == ["Alice <alice@example.com> 2 of 2 files", "/repos/shop/api/a.go", "/repos/shop/api/b.go"])
        // Every fact is declared in the catalogue with the type it has.
        for fact in facts.sorted {
            let definition = try #require(FactCatalog.git.first { $0.name == fact.name })
            #expect(definition.type.rawValue == fact.value.typeName)
            #expect(fact.collector == "git")
        }
        #expect(Set(FactCatalog.git.map(\.name)) == Set(facts.facts.keys))
    }

    @Test func factsOverSeveralRepositoriesTakeTheWeakest() {
        let facts = FactSet(TruckFactorReport.facts(from: [Self.report(path: "/repos/a", tf: 2), Self.report(path: "/repos/b", tf: 1)]))
        #expect(facts["git.truck_factor"]?.value == .number(1))
        #expect(facts["git.files"]?.value == .number(8))
        guard case .list(let items)? = facts["git.components_with_tf1"]?.value else {
            Issue.record("git.components_with_tf1 is not a list")
            return
        }
        #expect(items.map(\.value) == ["/repos/a:api", "/repos/b:api"])
    }

    @Test func textAndJSONAreDeterministic() throws {
        let report = Self.report()
        #expect(report.text() == report.text())
        #expect(report.text().contains("Truck factor: 1 (greedy 1; 4 of 4 files have an author)"))
        #expect(report.text().contains("Knowledge silos (truck factor 1): 1 of 2 components"))
        #expect(report.text().contains("  api: held by Alice (2 of 2 files)"))
        let json = try report.json()
        let decoded = try JSONDecoder().decode(TruckFactorReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(try report.json() == json)
    }
}
