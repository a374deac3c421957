/// A grouped bar chart as inline SVG: one group per principle, baseline and exit side by side,
/// on a 0–100 axis.
public struct BarChart: Sendable {
    public var title: String
    public var groups: [(label: String, title: String, baseline: Double?, exit: Double?)]
    public var baselineLabel: String
    public var exitLabel: String

    public init(title: String, groups: [(label: String, title: String, baseline: Double?, exit: Double?)], baselineLabel: String, exitLabel: String) {
        self.title = title
        self.groups = groups
        self.baselineLabel = baselineLabel
        self.exitLabel = exitLabel
    }

    public func svg(width: Double = 640, height: Double = 300) -> String {
        let left = 44.0, right = 16.0, top = 36.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let groupW = plotW / Double(max(groups.count, 1))
        let barW = min(40, groupW * 0.32)
        func y(_ v: Double) -> Double { top + plotH * (1 - max(0, min(100, v)) / 100) }
        var s = ChartGrid.open(width: width, height: height, title: title)
        s += ChartGrid.svg(left: left, right: width - right, y: y)
        for (i, g) in groups.enumerated() {
            let cx = left + groupW * (Double(i) + 0.5)
            for (j, value) in [g.baseline, g.exit].enumerated() {
                let x = cx + (j == 0 ? -barW - 2 : 2)
                let cls = j == 0 ? "bar-baseline" : "bar-exit"
                let who = j == 0 ? baselineLabel : exitLabel
                if let v = value {
                    s += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y(v)))\" width=\"\(SVG.n(barW))\" height=\"\(SVG.n(top + plotH - y(v)))\" class=\"\(cls)\"><title>\(SVG.escape(g.title)) · \(SVG.escape(who)): \(ScoreFormat.score(v))</title></rect>"
                    s += "<text x=\"\(SVG.n(x + barW / 2))\" y=\"\(SVG.n(y(v) - 4))\" class=\"value\" text-anchor=\"middle\">\(ScoreFormat.score(v))</text>"
                }
            }
            s += "<text x=\"\(SVG.n(cx))\" y=\"\(SVG.n(height - bottom + 18))\" class=\"axis\" text-anchor=\"middle\">\(SVG.escape(g.label))</text>"
        }
        s += "<rect x=\"\(SVG.n(left))\" y=\"8\" width=\"12\" height=\"12\" class=\"bar-baseline\"/><text x=\"\(SVG.n(left + 16))\" y=\"18\" class=\"legend\">\(SVG.escape(baselineLabel))</text>"
        s += "<rect x=\"\(SVG.n(left + 160))\" y=\"8\" width=\"12\" height=\"12\" class=\"bar-exit\"/><text x=\"\(SVG.n(left + 176))\" y=\"18\" class=\"legend\">\(SVG.escape(exitLabel))</text>"
        s += "</svg>"
        return s
    }
}
