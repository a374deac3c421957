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
}
