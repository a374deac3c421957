/// The horizontal 0–100 grid with its tick labels, shared by the bar and trend charts.
enum ChartGrid {
    /// Grid lines every 25 points from `left` to `right`, labels to the left of `left`.
    static func svg(left: Double, right: Double, y: (Double) -> Double) -> String {
        var s = ""
        for tick in stride(from: 0, through: 100, by: 25) {
            let ty = y(Double(tick))
            s += "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(ty))\" x2=\"\(SVG.n(right))\" y2=\"\(SVG.n(ty))\" class=\"grid\"/>"
            s += "<text x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(ty + 4))\" class=\"axis\" text-anchor=\"end\">\(tick)</text>"
        }
        return s
    }

    /// The opening `<svg>` tag with its accessible title.
    static func open(width: Double, height: Double, title: String) -> String {
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" width=\"\(SVG.n(width))\" height=\"\(SVG.n(height))\"><title>\(SVG.escape(title))</title>"
    }
}
