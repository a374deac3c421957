/// A line chart of scores over snapshots as inline SVG: the overall score as a thick line, each
/// principle as a thin one, methodology boundaries as dashed vertical lines.
public struct TrendChart: Sendable {
    public var title: String
    public var points: [TrendPoint]
    public var principles: [ReportPrinciple]
    public var overallLabel: String
    public var boundaryLabel: String

    public init(title: String, points: [TrendPoint], principles: [ReportPrinciple], overallLabel: String, boundaryLabel: String) {
        self.title = title
        self.points = points
        self.principles = principles
        self.overallLabel = overallLabel
        self.boundaryLabel = boundaryLabel
    }

    public func svg(width: Double = 640, height: Double = 300) -> String {
        let left = 44.0, right = 120.0, top = 20.0, bottom = 52.0
        let plotW = width - left - right, plotH = height - top - bottom
        let count = max(points.count, 1)
        func x(_ i: Int) -> Double { count == 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(count - 1) }
        func y(_ v: Double) -> Double { top + plotH * (1 - max(0, min(100, v)) / 100) }
        var s = ChartGrid.open(width: width, height: height, title: title)
        s += ChartGrid.svg(left: left, right: left + plotW, y: y)
        for (i, p) in points.enumerated() where p.boundary {
            s += "<line x1=\"\(SVG.n(x(i)))\" y1=\"\(SVG.n(top))\" x2=\"\(SVG.n(x(i)))\" y2=\"\(SVG.n(top + plotH))\" class=\"boundary\"><title>\(SVG.escape(boundaryLabel))</title></line>"
        }
        // End-of-line labels, nudged apart so close series stay readable.
        var labels: [(y: Double, x: Double, text: String, series: Int)] = []
        func line(_ values: [Double?], cls: String, label: String, series: Int) {
            var path = ""
            for (i, v) in values.enumerated() {
                guard let v else { continue }
                path += (path.isEmpty ? "M" : " L") + "\(SVG.n(x(i))) \(SVG.n(y(v)))"
            }
            guard !path.isEmpty else { return }
            s += "<path d=\"\(path)\" class=\"\(cls) series-\(series)\" fill=\"none\"><title>\(SVG.escape(label))</title></path>"
            for (i, v) in values.enumerated() {
                guard let v else { continue }
                s += "<circle cx=\"\(SVG.n(x(i)))\" cy=\"\(SVG.n(y(v)))\" r=\"\(cls == "overall" ? 4 : 2.5)\" class=\"\(cls) series-\(series)\"><title>\(SVG.escape(label)) · \(SVG.escape(points[i].label)): \(ScoreFormat.score(v))</title></circle>"
            }
            if let (i, v) = values.enumerated().reversed().compactMap({ e in e.element.map { (e.offset, $0) } }).first {
                labels.append((y(v) + 4, x(i) + 8, label, series))
            }
        }
        for (k, p) in principles.enumerated() {
            line(points.map { $0.principles[p.id] }, cls: "principle", label: p.short, series: k + 1)
        }
        line(points.map(\.overall), cls: "overall", label: overallLabel, series: 0)
        labels.sort { ($0.y, $0.series) < ($1.y, $1.series) }
        var lastY = -Double.infinity
        for label in labels {
            let ly = max(label.y, lastY + 13)
            lastY = ly
            s += "<text x=\"\(SVG.n(label.x))\" y=\"\(SVG.n(ly))\" class=\"legend series-\(label.series)\">\(SVG.escape(label.text))</text>"
        }
        for (i, p) in points.enumerated() {
            s += "<text x=\"\(SVG.n(x(i)))\" y=\"\(SVG.n(top + plotH + 18))\" class=\"axis\" text-anchor=\"middle\">\(SVG.escape(p.date))</text>"
            s += "<text x=\"\(SVG.n(x(i)))\" y=\"\(SVG.n(top + plotH + 32))\" class=\"axis small\" text-anchor=\"middle\">\(SVG.escape(p.label))</text>"
        }
        s += "</svg>"
        return s
    }
}
