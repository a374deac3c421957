import EngageCore
import Testing
@testable import EngageEvidence

@Suite struct EvidenceScannerTests {
    @Test func scansAnEngagementEvidenceFolder() {
        var options = Fixture.options(timeZone: "Asia/Seoul")
        options.declaredServices = ["checkout", "ledger"]
        let result = EvidenceScanner.scan(paths: [Fixture.path("engagement/evidence")], options: options)
        // Subfolders decide the kind; the PagerDuty CSV at the top is recognised by its header.
        #expect(result.files[.slo]?.count == 1)
        #expect(result.files[.alerts]?.count == 2)
        #expect(result.files[.postmortems]?.count == 2)
        #expect(result.files[.tickets]?.count == 1)
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.hasSuffix("README.txt") == true)
        // Both alert files make one history: 7 Alertmanager alerts + 6 incidents.
        #expect(result.facts["alerts.total"]?.value == .number(13))
        // Declared: checkout, ledger (engagement) and checkout, search, payments (OpenSLO); SLOs cover
        // checkout and search, so ledger and payments lack one.
        #expect(result.facts["slo.services_without_slo"]?.value.number == 2)
        #expect(result.facts["postmortems.rollback_only"]?.value.number == 1)
        #expect(result.facts["tickets.count"]?.value == .number(8))
        #expect(!result.hasErrors, "\(result.diagnostics)")
        for fact in result.facts.sorted {
            #expect(FactCatalog.definition(fact.name) != nil, "\(fact.name) is not in the fact catalogue")
        }
    }

    @Test func explicitFilesAndMissingPaths() {
        let result = EvidenceScanner.scan(
            paths: [Fixture.path("alerts/generic-alerts.csv"), "/nonexistent/evidence.csv", Fixture.path("tickets/tickets.csv")],
            options: Fixture.options())
        #expect(result.diagnostics.contains { $0.location?.file == "/nonexistent/evidence.csv" && $0.severity == .error })
        #expect(result.files[.tickets]?.count == 1)
        // generic-alerts.csv has no usual name columns (Fired, Rule) and no mapping: not evidence.
        #expect(result.skipped.count == 1)
    }

    @Test func everyCatalogueNameIsProducedSomewhere() {
        var options = Fixture.options()
        options.declaredServices = ["checkout"]
        let result = EvidenceScanner.scan(paths: [
            Fixture.path("slo/openslo.yaml"), Fixture.path("alerts/alertmanager-small.ndjson"),
            Fixture.path("postmortems/rollback-only.md"), Fixture.path("tickets/tickets.csv"),
        ], options: options)
        let produced = Set(result.facts.facts.keys)
        let catalogued = Set((FactCatalog.slo + FactCatalog.alerts + FactCatalog.postmortems + FactCatalog.tickets).map(\.name))
        #expect(catalogued.subtracting(produced).isEmpty, "never produced: \(catalogued.subtracting(produced).sorted())")
    }
}
