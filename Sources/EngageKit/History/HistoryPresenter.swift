import EngageCore
import EngageReport
import Foundation

/// Renders a history result by format name: an aligned text table with a sparkline per row (the
/// overall score of every snapshot up to that row, on a 0–100 scale), JSON, or CSV (RFC 4180).
public struct HistoryPresenter: Sendable {
    public var library: ChecklistLibrary
    public var language: Language

    public init(library: ChecklistLibrary, language: Language) {
        self.library = library
        self.language = language
    }

    public func render(_ result: HistoryResult, format: String, style: TerminalStyle) throws(EngageError) -> String {
        switch format {
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            do { return String(decoding: try encoder.encode(result), as: UTF8.self) + "\n" } catch { throw EngageError("cannot encode history: \(error)") }
        case "csv":
            return csv(result)
        default:
            return text(result, style: style)
        }
    }

    func short(_ principle: String) -> String {
        if let i = library.assessments.first(where: \.definesPrinciples)?.sections.firstIndex(where: { $0.id == principle }) { return "P\(i + 1)" }
        return principle
    }

    public func text(_ result: HistoryResult, style: TerminalStyle) -> String {
        let ko = language == .ko
        if result.rows.isEmpty { return ko ? "\(result.team): 평가가 아직 없습니다\n" : "\(result.team): no assessments yet\n" }
        var header = ["snapshot", ko ? "라운드" : "round", ko ? "응답자" : "respondent", ko ? "전체" : "overall", "Δ"]
        header += result.principles.map(short)
        header.append(ko ? "추이" : "trend")
        var rows: [[String]] = [header]
        var series: [Double?] = []
        for r in result.rows {
            series.append(r.overall)
            var delta = ScoreFormat.delta(r.delta)
            if r.boundary { delta += "†" }
            var row = [r.snapshot, r.round, r.respondent, ScoreFormat.score(r.overall), delta]
            row += result.principles.map { ScoreFormat.score(r.principles[$0]) }
            row.append(Sparkline.render(Array(series.suffix(16))) + (r.followUp ? (ko ? " 후속" : " follow-up") : ""))
            rows.append(row)
        }
        var widths = [Int](repeating: 0, count: header.count)
        func width(_ c: String) -> Int { QuestionnaireScreen.columns(c) }
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], width(c)) } }
        var out: [String] = [style.bold(result.team) + (result.checklist.map { " · \($0)" } ?? "")]
        for (n, row) in rows.enumerated() {
            let line = row.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - width(c))
                return (3...(3 + result.principles.count + 1)).contains(i) ? pad + c : c + pad
            }.joined(separator: "  ")
            out.append(n == 0 ? style.dim(line) : line)
        }
        if result.rows.contains(where: \.boundary) {
            out.append("")
            out.append(style.yellow("†") + (ko ? " 체크리스트 변경 지점: 변화량은 두 스냅샷이 공유하는 질문으로만 계산했습니다." : " methodology boundary: a checklist changed; the delta is computed on the questions both snapshots share."))
            for r in result.rows where r.boundary {
                out.append("  \(r.snapshot): \(r.sharedQuestions ?? 0) " + (ko ? "개 공통 질문" : "shared questions"))
            }
        }
        if let exit = result.exitRound, result.rows.contains(where: \.followUp) {
            out.append("")
            if result.regressions.isEmpty {
                out.append(style.green(ko ? "후속 평가: 종료 라운드(\(exit)) 대비 퇴보 없음" : "Follow-up: no regression against the exit round (\(exit))"))
            } else {
                out.append(style.red(ko ? "후속 평가: 종료 라운드(\(exit)) 대비 퇴보" : "Follow-up: regressions against the exit round (\(exit))"))
                for g in result.regressions {
                    out.append("  \(g.scope.rawValue) \(g.id): \(g.before) → \(g.after)" + (g.delta.map { " (\(ScoreFormat.delta($0)))" } ?? ""))
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func csv(_ result: HistoryResult) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        func num(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "" }
        var lines = [(["snapshot", "taken_at", "round", "respondent", "overall", "delta", "boundary", "shared_questions", "follow_up"] + result.principles).map(field).joined(separator: ",")]
        for r in result.rows {
            let cells = [r.snapshot, r.takenAt, r.round, r.respondent, num(r.overall), num(r.delta), r.boundary ? "true" : "false", r.sharedQuestions.map(String.init) ?? "", r.followUp ? "true" : "false"]
                + result.principles.map { num(r.principles[$0]) }
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
