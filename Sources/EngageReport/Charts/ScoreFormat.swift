import Foundation

/// Deterministic number formatting for reports (no locale).
public enum ScoreFormat {
    /// `47.1`, or `–` when there is no score.
    public static func score(_ x: Double?) -> String {
        guard let x else { return "–" }
        return String(format: "%.1f", (x * 10).rounded() / 10)
    }

    /// `+12.5`, `−3.0`, `±0.0`, or `–`.
    public static func delta(_ x: Double?) -> String {
        guard let x else { return "–" }
        let r = (x * 10).rounded() / 10
        if r == 0 { return "±0.0" }
        return (r > 0 ? "+" : "−") + String(format: "%.1f", abs(r))
    }

    /// A share 0–1 as a whole percentage (`83%`), or `–`.
    public static func percent(_ x: Double?) -> String {
        guard let x else { return "–" }
        return String(Int((max(0, min(1, x)) * 100).rounded())) + "%"
    }
}
