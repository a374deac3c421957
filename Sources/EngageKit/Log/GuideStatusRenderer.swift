import EngageCore

/// `sre-engage guide TEAM`: where the engagement stands in the guide's phases, what is done,
/// what is open, and what to do next and why.
public struct GuideStatusRenderer: Sendable {
    public var language: Language
    public var style: TerminalStyle

    public init(language: Language, style: TerminalStyle) {
        self.language = language
        self.style = style
    }

    public func render(_ e: Engagement, guide: Guide) -> String {
        let ko = language == .ko
        func t(_ x: LocalizedText?) -> String { x?.text(language) ?? "" }
        var out: [String] = []
        let header = "\(e.team)" + (e.service.map { " · \($0)" } ?? "") + (e.sre.map { " · SRE \($0)" } ?? "") + " · " + (ko ? "시작 " : "started ") + e.start
        out.append(style.bold(header))
        if let c = e.closure { out.append(style.yellow((ko ? "종료됨 " : "closed ") + c.date + (c.followUp.map { ko ? " · 후속 평가 \($0)" : " · follow-up assessment due \($0)" } ?? ""))) }
        if let staffing = guide.staffing {
            out.append(style.dim((ko ? "팀당 SRE 최대 \(staffing.maxEmbeddedSREs)명: " : "At most \(staffing.maxEmbeddedSREs) embedded SRE per team: ") + t(staffing.why)))
        }
        let current = EngagementLog.currentPhase(e, guide: guide)
        var next: (GuidePhase, GuideItem)?
        for (n, phase) in guide.phases.enumerated() {
            let record = e.phases.first { $0.id == phase.id }
            let items = phase.trackedItems
            let done = items.filter { item in record?.tasks.first { $0.id == item.id }?.status == .done }.count
            let marker = phase.id == current && e.closure == nil ? style.cyan("▶") : (done == items.count ? style.green("✓") : " ")
            out.append("")
            out.append("\(marker) \(n + 1). " + style.bold(t(phase.title)) + style.dim("  [\(phase.id)] \(done)/\(items.count)"))
            for item in items {
                let status = record?.tasks.first { $0.id == item.id }
                let isExit = phase.exitCriteria.contains { $0.id == item.id }
                let box = status?.status == .done ? style.green("[x]") : "[ ]"
                var line = "     \(box) \(t(item.title))" + (isExit ? style.dim(ko ? " (완료 기준)" : " (exit criterion)") : "") + style.dim("  \(item.id)")
                if let note = status?.note { line += style.dim(" — \(note)") }
                out.append(line)
                if status?.status != .done, next == nil { next = (phase, item) }
            }
        }
        out.append("")
        if let (phase, item) = next, e.closure == nil {
            out.append(style.bold(ko ? "다음 할 일: " : "Next: ") + t(item.title) + style.dim("  (\(t(phase.title)))"))
            if let detail = item.detail { out.append("  " + t(detail)) }
            for (i, step) in item.steps.enumerated() { out.append("  \(i + 1). \(t(step))") }
            out.append(style.dim("  sre-engage task \(e.team) \(item.id) done --note \"…\""))
        } else if e.closure == nil {
            out.append(style.bold(ko ? "모든 과제 완료: " : "All tasks done: ") + "sre-engage close \(e.team)")
        }
        if !e.decisions.isEmpty {
            out.append("")
            out.append(style.bold(ko ? "결정 기록 \(e.decisions.count)건" : "\(e.decisions.count) decision\(e.decisions.count == 1 ? "" : "s") logged") + style.dim(ko ? " · 최근: " : " · latest: ") + (e.decisions.last?.decision ?? ""))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
