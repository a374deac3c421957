import EngageCore
import Testing
@testable import EngageEvidence

@Suite struct SLOSpecTests {
    static func collect(_ files: [String], services: [String] = []) -> CollectorOutput {
        var options = Fixture.options()
        options.declaredServices = services
        return SLOSpecCollector().collect(files: files.map { Fixture.path("slo/" + $0) }, options: options)
    }

    @Test func openSLOMultiDocument() {
        // Services: checkout, search, payments (OpenSLO Service) plus ledger from the engagement.
        // SLOs: checkout-availability (alert policy ref, 0.999) and search-latency (no alert
        // policies, target 99.5 written as a percentage in a ratio field).
        let out = Self.collect(["openslo.yaml"], services: ["checkout", "Ledger"])
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
        #expect(out.facts.number("slo.count") == 2)
        #expect(out.facts.values("slo.services") == ["checkout", "Ledger", "search", "payments"])
        #expect(out.facts.values("slo.services_without_slo") == ["Ledger", "payments"])
        #expect(out.facts.values("slo.without_alerting") == ["search/search-latency"])
        let outOfRange = out.facts.items("slo.objectives_out_of_range") ?? []
        #expect(outOfRange.map(\.value) == ["search/search-latency"])
        #expect(outOfRange.first?.detail?.contains("write 0.995") == true)
        #expect(outOfRange.first?.evidence.first?.line == 74)  // the objective's "- displayName" line
    }

    @Test func sloth() {
        // requests-availability: 99.9 with page_alert → fine. requests-latency: objective 100
        // (no error budget) and page_alert disabled.
        let out = Self.collect(["sloth.yaml", "sloth-k8s.yaml"])
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
        #expect(out.facts.number("slo.count") == 3)
        #expect(out.facts.values("slo.services") == ["myservice", "billing"])
        #expect(out.facts.values("slo.without_alerting") == ["myservice/requests-latency"])
        #expect(out.facts.items("slo.objectives_out_of_range")?.first?.detail?.contains("no error budget") == true)
        // Nothing declared, so no service can lack an SLO.
        #expect(out.facts.values("slo.services_without_slo") == [])
    }

    @Test func pyrra() {
        let out = Self.collect(["pyrra.yaml"], services: ["api", "web"])
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
        #expect(out.facts.number("slo.count") == 2)
        #expect(out.facts.values("slo.without_alerting") == ["api/api-latency"])
        #expect(out.facts.values("slo.services_without_slo") == ["web"])
        #expect(out.facts.values("slo.objectives_out_of_range") == [])
    }

    @Test func sloGeneratorNeedsAnAlertingPolicy() {
        let alone = Self.collect(["slo-generator.yaml"])
        #expect(alone.diagnostics.isEmpty, "\(alone.diagnostics)")
        #expect(alone.facts.values("slo.without_alerting") == ["gae/gae-app-availability"])
        let withPolicy = Self.collect(["slo-generator.yaml", "slo-generator-config.yaml"])
        #expect(withPolicy.facts.values("slo.without_alerting") == [])
        #expect(withPolicy.facts.values("slo.services") == ["gae"])
    }

    @Test func declaredServicesWithoutAnySLOFile() {
        var options = Fixture.options()
        options.declaredServices = ["checkout", "search"]
        let out = SLOSpecCollector().collect(files: [], options: options)
        #expect(out.facts.values("slo.services_without_slo") == ["checkout", "search"])
        #expect(out.facts.number("slo.count") == 0)
    }

    static let malformed: [ExpectedProblem] = [
        ExpectedProblem(file: "openslo-missing.yaml", line: 6, column: 3, message: "missing required key 'service' in an OpenSLO SLO spec"),
        ExpectedProblem(file: "openslo-missing.yaml", line: 6, column: 3, message: "missing required key 'objectives'"),
        ExpectedProblem(file: "openslo-missing.yaml", line: 6, column: 3, message: "needs spec.indicator or spec.indicatorRef"),
        ExpectedProblem(file: "openslo-target-type.yaml", line: 10, column: 15, message: "expected a number for target, found a string"),
        ExpectedProblem(file: "sloth-bad.yaml", line: 4, column: 5, message: "missing required key 'objective' in slos[0]"),
        ExpectedProblem(file: "sloth-bad.yaml", line: 6, column: 7, message: "sli needs exactly one of events, raw or plugin (found events, raw)"),
        ExpectedProblem(file: "pyrra-bad-target.yaml", line: 6, column: 11, message: "expected a number for spec.target, found 'ninety-nine'"),
        ExpectedProblem(file: "slo-generator-bad.yaml", line: 9, column: 9, message: "expected a number for spec.goal, found 'ninety-five percent'"),
        ExpectedProblem(file: "slo-generator-bad.yaml", line: 6, column: 3, message: "missing required key 'method' in an slo-generator spec"),
    ]

    @Test(arguments: malformed)
    func malformedSpecIsReportedAtItsPosition(expected: ExpectedProblem) {
        let out = Self.collect(["malformed/" + expected.file])
        #expect(out.diagnostics.contains(expected), "got: \(out.diagnostics.map(\.description))")
    }

    @Test func yamlSyntaxErrorsArePositioned() throws {
        let out = Self.collect(["malformed/syntax.yaml"])
        let error = try #require(out.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file.hasSuffix("syntax.yaml") == true)
        #expect((error.location?.line ?? 0) >= 5)
        #expect(out.facts.number("slo.count") == 0)
    }

    @Test func aFileThatIsNoSLOFormatIsAWarning() {
        let path = Fixture.temporary("apiVersion: apps/v1\nkind: Deployment\n", name: "deploy.yaml")
        let out = SLOSpecCollector().collect(files: [path], options: Fixture.options())
        #expect(out.diagnostics.map(\.severity) == [.warning])
        #expect(out.diagnostics.first?.location?.line == 1)
        #expect(SLOSpecCollector().accepts(file: path) == false)
        #expect(SLOSpecCollector().accepts(file: Fixture.path("slo/pyrra.yaml")))
    }
}
