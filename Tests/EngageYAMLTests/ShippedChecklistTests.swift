import EngageCore
import Foundation
import Testing
@testable import EngageYAML

/// The shipped checklists load cleanly and carry the seeds faithfully.
struct ShippedChecklistTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let result = ChecklistLoader().load(paths: [root + "/checklists"])

    /// Seed 000, lines 78-92: the twelve questions, verbatim.
    static let seedQuestions = [
        "개발팀의 전문 지식이 없어도 이슈 대부분을 완화할 수 있나요?",
        "교육 자료를 보존하고 이슈 대응 시나리오를 훈련하나요?",
        "중대한 서비스 중단이 발생한 후 문제의 진정한 원인을 분명하게 밝히고 서비스 중단을 방지할 방법을 파악하는 주요 담당자에 해당하나요?",
        "자신이 지원하는 조직의 서비스 안정성 목표에 동의하며 목표 대비 성과를 실시간으로 추적하나요?",
        "최근 서비스 안정성을 바탕으로 조직 활동을 조율하는 피드백 루프를 수립했나요?",
        "안정성 목표를 추구하는 과정에서 조직 내 변화에 영향을 줄 권한이 있나요?",
        "서비스가 현재의 안정성 목표를 달성하지 못할 가능성이 있는 변경사항을 요청받았을 때 거절하거나 목표를 완화하는 협상을 진행할 대행사가 있나요?",
        "소스 코드나 구성을 보고 수정하는 것처럼 안정성을 개선하기 위해 현재 서비스를 설계하고 있나요?",
        "향후 서비스 반복을 분석하고 설계하는 데 참여하여 안정성/운영성/유지보수성에 대한 관점을 제시하나요?",
        "조직의 전반적인 아키텍처 의사 결정에 영향을 줄 수 있나요?",
        "유기적 성장이나 지원하는 서비스 수의 증가에 비례하여 운영 부하가 증가하지 않도록 자동화 및 기타 도구를 사용하거나 제작하나요?",
        "팀의 반복 작업을 측정하고 시간이 갈수록 반복 작업이 줄어들도록 노력하나요?",
    ]

    @Test func everyShippedChecklistLoadsWithoutProblems() {
        #expect(Self.result.diagnostics.isEmpty, "\(Self.result.diagnostics)")
        #expect(Self.result.library.assessments.map(\.id).sorted() == ["practices", "principles"])
        #expect(Self.result.library.guide != nil)
        #expect(Self.result.library.stressors != nil)
    }

    @Test func principlesHasFourPrinciplesAndTheTwelveSeedQuestionsVerbatim() throws {
        let principles = try #require(Self.result.library.checklist("principles"))
        #expect(principles.definesPrinciples)
        #expect(principles.sections.count == 4)
        #expect(principles.questions.count == 12)
        #expect(principles.questions.compactMap(\.text.ko) == Self.seedQuestions)
        for q in principles.questions {
            #expect(q.source?.document == "000_6269cd0ea14e0078.txt", "\(q.id)")
            #expect(q.text.en != nil && q.help?.en != nil && q.help?.ko != nil, "\(q.id)")
            #expect(q.options.count >= 3, "\(q.id)")
        }
    }

    @Test func seedFileAgreesWhenPresent() throws {
        let seed = Self.root + "/../shared/seeds/000_6269cd0ea14e0078.txt"
        guard let text = try? String(contentsOfFile: seed, encoding: .utf8) else { return }
        let bullets = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("+ ") && $0.hasSuffix("?") }.map { String($0.dropFirst(2)) }
        #expect(bullets == Self.seedQuestions)
    }

    @Test func practicesRollUpIntoPrinciplesAndCoverTheAreas() throws {
        let practices = try #require(Self.result.library.checklist("practices"))
        let ids = Set(practices.sections.map(\.id))
        for area in ["monitoring", "detection", "incident-response", "recurrence-prevention", "failure-prevention", "availability", "error-budget", "capacity", "change-management", "toil-and-culture"] {
            #expect(ids.contains(area), "\(area)")
        }
        for section in practices.sections {
            #expect(section.principle?.hasPrefix("principle-") == true, "\(section.id)")
        }
    }

    @Test func guideHasThePhasesInOrderAndOneSRE() throws {
        let guide = try #require(Self.result.library.guide)
        #expect(guide.phases.map(\.id) == ["learn", "identify-stressors", "share-context", "drive-change", "closeout"])
        #expect(guide.staffing?.maxEmbeddedSREs == 1)
        for phase in guide.phases { #expect(!phase.exitCriteria.isEmpty, "\(phase.id)") }
        #expect(guide.outcomes.count == 4)
        #expect(guide.item("change.fix-root-causes")?.steps.count == 4)
        #expect(guide.item("share.sort-fires")?.steps.count == 3)
    }

    @Test func stressorsCoverTheKindlingAndTheArtefactStressors() throws {
        let catalog = try #require(Self.result.library.stressors)
        let ids = Set(catalog.stressors.map(\.id))
        for id in ["knowledge-gap", "sre-built-service-growing", "next-big-thing", "undiagnosed-alerts", "customer-complaints", "add-servers-capacity", "rollback-only-postmortems", "deflected-components", "missing-slo", "knowledge-silo", "noisy-alerts", "toil-overload"] {
            #expect(ids.contains(id), "\(id)")
        }
        for s in catalog.stressors {
            #expect(s.source != nil, "\(s.id)")
            #expect(s.recommendation.has(.en) && s.recommendation.has(.ko), "\(s.id)")
        }
    }
}
