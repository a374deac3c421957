import EngageAnalysis
import EngageCore
import EngageEvidence
import EngageReport

/// Assembles the closeout report's document from the engagement log, the assessment rounds, the
/// detection snapshots and the history.
public struct ReportBuilder: Sendable {
    public var store: EngagementStore
    public var checklistsPath: String
    public var language: Language

    public init(store: EngagementStore, checklistsPath: String, language: Language) {
        self.store = store
        self.checklistsPath = checklistsPath
        self.language = language
    }

    func t(_ text: LocalizedText?) -> String { text?.text(language) ?? "" }

    public func build(team: String) throws(EngageError) -> ReportDocument {
        let engagement = try store.load(team)
        let library = store.library
        let scoring = ScoreService(store: store)
        let rounds = try scoring.rounds(team: team)
        let closeDate = engagement.closure?.date
        let beforeClose = rounds.filter { r in closeDate.map { d in r.snapshots.contains { $0.takenAt.prefix(10) <= d } } ?? true }
        let baselineRound = rounds.first
        let exitRound = beforeClose.last ?? rounds.last

        var scores: [ScoreComparisonRow] = []
        var principles: [ReportPrinciple] = []
        var appendix: [AppendixRow] = []
        if let b = baselineRound, let e = exitRound {
            let history = HistoryService(store: store)
            let ids = Array(Set(b.snapshots.flatMap(\.checklistIDs) + e.snapshots.flatMap(\.checklistIDs)))
            let ordered = (library.assessments.filter(\.definesPrinciples) + library.assessments.filter { !$0.definesPrinciples }).map(\.id).filter(ids.contains)
            let cmp = history.comparison(history.combined(b.snapshots, ids: ordered), history.combined(e.snapshots, ids: ordered), ids: ordered)
            scores = rows(cmp, checklists: ordered.compactMap(library.checklist))
            let exitAnswers = history.combined(e.snapshots, ids: ordered).answers
            appendix = appendixRows(exitAnswers, checklists: ordered.compactMap(library.checklist), respondents: Array(Set(e.snapshots.map(\.respondent))).sorted())
        }
        for (i, section) in (library.assessments.first(where: \.definesPrinciples)?.sections ?? []).enumerated() {
            principles.append(ReportPrinciple(id: section.id, title: t(section.title), short: "P\(i + 1)"))
        }

        let detections = try DetectionService(store: store, checklistsPath: checklistsPath, clock: SystemClock()).history(team: team)
        let stressorRows = stressors(detections.map(\.snapshot))
        let guide = library.guide
        let phaseOrder = guide?.phases.map(\.id) ?? []
        let decisions = engagement.decisions.enumerated().sorted { a, b in
            let pa = a.element.phase.flatMap { phaseOrder.firstIndex(of: $0) } ?? phaseOrder.count
            let pb = b.element.phase.flatMap { phaseOrder.firstIndex(of: $0) } ?? phaseOrder.count
            return (pa, a.element.date, a.offset) < (pb, b.element.date, b.offset)
        }.map { d in
            DecisionRow(date: d.element.date, phase: d.element.phase, phaseTitle: d.element.phase.flatMap { id in guide?.phases.first { $0.id == id } }.map { t($0.title) },
                        decision: d.element.decision, why: d.element.why, stressor: d.element.stressor)
        }
        var remaining: [String] = []
        for record in engagement.phases {
            for task in record.tasks where task.status == .open {
                let title = guide?.item(task.id).map { t($0.title) } ?? task.id
                let isExit = guide?.phases.contains { $0.exitCriteria.contains { $0.id == task.id } } ?? false
                remaining.append(title + (isExit ? (language == .ko ? " (완료 기준)" : " (exit criterion)") : ""))
            }
        }
        for s in stressorRows where s.status != .cleared {
            remaining.append((language == .ko ? "남은 스트레스 요인: " : "Open stressor: ") + s.title)
        }
        let nextSteps = stressorRows.filter { $0.status != .cleared }
            .sorted { sev($0.severity) > sev($1.severity) }
            .prefix(5).map { "\($0.title): \($0.recommendation)" }

        let historyResult = try HistoryService(store: store).history(team: team)
        let trend = historyResult.rows.map { r in
            TrendPoint(snapshot: r.snapshot, date: String(r.takenAt.prefix(10)), label: "\(r.round) · \(r.respondent)", overall: r.overall, principles: r.principles, boundary: r.boundary)
        }
        var document = ReportDocument(
            language: language.rawValue,
            engagement: ReportEngagement(team: engagement.team, service: engagement.service, services: engagement.allServices, sre: engagement.sre,
                                         start: engagement.start, end: engagement.closure?.date, stage: engagement.stage, scope: engagement.scope, goals: engagement.goals),
            baseline: baselineRound.map(round), exit: exitRound.map(round),
            scores: scores, stressors: stressorRows, decisions: decisions,
            slos: sloRows(engagement, folder: try store.paths(team).folder),
            fires: engagement.fires.map { FireRow(title: $0.title, toil: $0.toil, why: $0.why) },
            remaining: remaining, nextSteps: Array(nextSteps), followUp: engagement.closure?.followUp,
            trend: trend, principles: principles, appendix: appendix)
        if let closeDate, let followUp = rounds.last(where: { r in r.snapshots.allSatisfy { $0.takenAt.prefix(10) > closeDate } }) {
            document.followUpRound = round(followUp)
            document.regressions = historyResult.regressions
        }
        return document
    }

    /// SLO rows; an SLO recorded as a spec file shows the objective the file declares for the service.
    func sloRows(_ engagement: Engagement, folder: String) -> [SLORow] {
        engagement.slos.map { record in
            var objective = record.objective.map { "\($0.compactString) %" }
            if objective == nil, let file = record.file {
                let path = file.hasPrefix("/") ? file : folder + "/" + file
                let (specs, _) = SLOSpecCollector().read(files: [path], options: EvidenceOptions())
                let found = specs.slos.filter { $0.service == record.service }.compactMap { slo in
                    slo.objective.map { ($0 * (slo.objectiveIsPercent ? 1 : 100)).compactString + " % (\(slo.name))" }
                }
                if !found.isEmpty { objective = found.joined(separator: ", ") }
            }
            return SLORow(service: record.service, objective: objective, window: record.window, sli: record.sli, file: record.file)
        }
    }

    func sev(_ s: String) -> Int { s == "high" ? 2 : (s == "medium" ? 1 : 0) }

    func round(_ r: (round: String, snapshots: [AssessmentSnapshot])) -> ReportRound {
        ReportRound(round: r.round, date: String((r.snapshots.first?.takenAt ?? "").prefix(10)), respondents: Array(Set(r.snapshots.map(\.respondent))).sorted())
    }

    func rows(_ cmp: MethodologyComparison, checklists: [Checklist]) -> [ScoreComparisonRow] {
        var overall = ScoreComparisonRow(kind: .overall, id: "overall", title: language == .ko ? "전체" : "Overall", baseline: cmp.before.overall.score, exit: cmp.after.overall.score)
        overall.coverage = cmp.after.overall.coverage
        var rows: [ScoreComparisonRow] = [overall]
        let principleTitles = Dictionary(checklists.filter(\.definesPrinciples).flatMap(\.sections).map { ($0.id, t($0.title)) }, uniquingKeysWith: { a, _ in a })
        for p in cmp.after.principles {
            let across = language == .ko ? " (실천 영역 포함)" : " (with its practice areas)"
            var row = ScoreComparisonRow(kind: .principle, id: p.id, title: (principleTitles[p.id] ?? p.id) + across, baseline: cmp.before.principle(p.id)?.score, exit: p.score)
            row.coverage = p.coverage
            rows.append(row)
        }
        for checklist in checklists {
            let before = cmp.before.checklist(checklist.id), after = cmp.after.checklist(checklist.id)
            func level(_ id: String?) -> String? { id.flatMap { l in checklist.levels.first { $0.id == l } }.map { t($0.title) } }
            var head = ScoreComparisonRow(kind: .checklist, id: checklist.id, title: t(checklist.title), baseline: before?.score, exit: after?.score, baselineLevel: level(before?.level), exitLevel: level(after?.level))
            head.coverage = after?.coverage
            rows.append(head)
            for section in checklist.sections where cmp.after.section(section.id) != nil || cmp.before.section(section.id) != nil {
                var row = ScoreComparisonRow(kind: .area, id: section.id, title: t(section.title), baseline: cmp.before.section(section.id)?.score, exit: cmp.after.section(section.id)?.score)
                row.coverage = cmp.after.section(section.id)?.coverage
                rows.append(row)
            }
        }
        return rows
    }

    func stressors(_ detections: [DetectionSnapshot]) -> [StressorRow] {
        guard let first = detections.first, let last = detections.last else { return [] }
        let catalog = store.library.stressors
        var ids: [String] = []
        for d in detections { for f in d.found where !ids.contains(f.stressor) { ids.append(f.stressor) } }
        return ids.compactMap { id -> StressorRow? in
            let inFirst = first.found.contains { $0.stressor == id }
            let inLast = last.found.first { $0.stressor == id }
            let seen = detections.filter { $0.found.contains { $0.stressor == id } }
            let status: StressorRow.Status = inLast == nil ? .cleared : (inFirst ? .open : .new)
            guard let finding = inLast ?? seen.last?.found.first(where: { $0.stressor == id }) else { return nil }
            let stressor = catalog?.stressor(id)
            return StressorRow(
                id: id, title: t(stressor?.title ?? finding.title), severity: finding.severity.rawValue, status: status,
                firstSeen: seen.first.map { String($0.takenAt.prefix(10)) }, lastSeen: seen.last.map { String($0.takenAt.prefix(10)) },
                observations: finding.fired.map { $0.condition + ($0.observed.map { " — \($0)" } ?? "") },
                evidence: Array(finding.fired.flatMap { $0.evidence.map(\.description) }.prefix(8)),
                recommendation: t(stressor?.recommendation ?? finding.recommendation))
        }
    }

    func appendixRows(_ answers: AnswerSheet, checklists: [Checklist], respondents: [String]) -> [AppendixRow] {
        var rows: [AppendixRow] = []
        for checklist in checklists {
            for section in checklist.sections {
                for q in section.questions {
                    let a = answers[q.id]
                    var label: String
                    var score: Double?
                    switch a?.choice {
                    case .option(let id)?:
                        label = q.option(id).map { t($0.label) } ?? id
                        score = q.option(id)?.score
                    case .notApplicable(let reason)?: label = (language == .ko ? "해당 없음: " : "not applicable: ") + reason
                    case .skipped?: label = language == .ko ? "건너뜀" : "skipped"
                    case nil: label = "–"
                    }
                    var row = AppendixRow(question: q.id, section: t(section.title), text: t(q.text), answer: label, score: score, note: a?.note)
                    if case .notApplicable(let reason)? = a?.choice { row.notApplicableReason = reason }
                    row.respondents = respondents
                    rows.append(row)
                }
            }
        }
        return rows
    }
}
