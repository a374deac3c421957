import Testing
@testable import EngageReport

struct ChartTests {
    static let points = [
        TrendPoint(snapshot: "a", date: "2026-09-02", label: "baseline", overall: 20, principles: ["p1": 10], boundary: false),
        TrendPoint(snapshot: "b", date: "2026-09-30", label: "mid <b>", overall: 40, principles: ["p1": 30], boundary: true),
        TrendPoint(snapshot: "c", date: "2026-10-28", label: "exit", overall: nil, principles: ["p1": 50], boundary: false),
    ]

    @Test func boundaryIsDrawnBetweenTheTwoSnapshotsAndLabelled() {
        let svg = TrendChart(title: "Trend", points: Self.points, principles: [ReportPrinciple(id: "p1", title: "P one", short: "P1")],
                             overallLabel: "Overall", boundaryLabel: "checklist changed & rescored", boundaryShortLabel: "changed").svg(width: 900, height: 320)
        // Plot from x=44 to x=900-120=780: points at 44, 412, 780; the boundary half-way between the first two.
        #expect(svg.contains("<line x1=\"228\" y1=\"20\" x2=\"228\" y2=\"268\" class=\"boundary\"><title>checklist changed &amp; rescored</title></line>"))
        #expect(svg.contains(">changed</text>"))
        #expect(svg.contains("mid &lt;b&gt;"))
        #expect(!svg.contains("<b>"))
    }

    @Test func aMissingScoreBreaksNoLineAndDrawsNoPoint() {
        let svg = TrendChart(title: "Trend", points: Self.points, principles: [], overallLabel: "Overall", boundaryLabel: "b").svg()
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2, "two overall points; the third snapshot has no overall score")
        #expect(svg.hasPrefix("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 900 320\""))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func barsScaleToTheZeroToHundredAxis() {
        let svg = BarChart(title: "Principles", groups: [("P1", "Principle 1", 0, 100)], baselineLabel: "Baseline", exitLabel: "Exit").svg(width: 900, height: 320)
        // Plot height 320 − 36 − 44 = 240: a 100 bar is 240 tall from y=36, a 0 bar is 0 tall.
        #expect(svg.contains("y=\"36\" width=\"40\" height=\"240\" class=\"bar-exit\""))
        #expect(svg.contains("height=\"0\" class=\"bar-baseline\""))
        #expect(svg.contains("<title>Principle 1 · Exit: 100.0</title>"))
    }

    @Test func legendMakesRoomForWideText() {
        let short = BarChart(title: "t", groups: [], baselineLabel: "ab", exitLabel: "x").svg()
        let wide = BarChart(title: "t", groups: [], baselineLabel: "기준", exitLabel: "x").svg()
        #expect(short.contains("<rect x=\"98\" y=\"8\""))
        #expect(wide.contains("<rect x=\"112\" y=\"8\""))
    }

    @Test func displayWidthCountsHangulDouble() {
        #expect(DisplayWidth.of("민준 ab") == 7)
    }
}

/// Markdown has no charts; it carries the trend as a sparkline line instead.
struct MarkdownTrendTests {
    @Test func noTrendNoLine() throws {
        var doc = ReportFixtures.document()
        doc.trend = []
        #expect(!(try ReportRenderer().render(doc, as: .markdown)).contains("Score trend"))
    }

    @Test func aSnapshotWithoutAScoreIsADot() throws {
        var doc = ReportFixtures.document()
        doc.trend.insert(TrendPoint(snapshot: "s0", date: "2026-09-01", label: "draft", overall: nil, principles: [:], boundary: false), at: 1)
        #expect(try ReportRenderer().render(doc, as: .markdown).contains("**Score trend:** `▂·▄` 24.3 → 47.1 (snapshots: 3, methodology boundaries: 1)"))
    }
}

/// The answered share appears as a column only when the caller supplies it.
struct CoverageColumnTests {
    @Test func shownOnlyWhenGiven() throws {
        var doc = ReportFixtures.document()
        #expect(!(try ReportRenderer().render(doc, as: .markdown)).contains("Answered"))
        doc.scores[0].coverage = 0.8333
        let md = try ReportRenderer().render(doc, as: .markdown)
        #expect(md.contains("| Area | Baseline | Exit | Change | Level | Answered |\n|---|---:|---:|---:|---|---:|"))
        #expect(md.contains("| **Overall** | 24.3 | 47.1 | +22.9 |  | 83% |"))
        #expect(md.contains("| &nbsp;&nbsp;Principle 1 | 15.0 | 55.0 | +40.0 |  | – |"))
        #expect(try ReportRenderer().render(doc, as: .html).contains("<td class=\"num\">83%</td>"))
    }

    @Test func percentIsClampedAndLocaleFree() {
        #expect(ScoreFormat.percent(0.995) == "100%")
        #expect(ScoreFormat.percent(1.4) == "100%")
        #expect(ScoreFormat.percent(nil) == "–")
    }
}
