import EngageCore
import Foundation

/// Renders a `HistoryTable` by format name (SwiftLint-reporter style); a pure function of the
/// table, so the same history always prints the same bytes.
public struct HistoryRenderer: Sendable {
    /// How many of the latest overall scores a row's sparkline shows.
    public static let sparklineWindow = 16

    public var style: HistoryTextStyle

    public init(style: HistoryTextStyle = .plain) {
        self.style = style
    }

    public func render(_ table: HistoryTable, as format: HistoryFormat) throws(DiagnosticError) -> String {
        switch format {
        case .text: return text(table)
        case .csv: return csv(table)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do { return String(decoding: try encoder.encode(table), as: UTF8.self) + "\n" } catch {
                throw DiagnosticError(.error("cannot encode the history: \(error)"))
            }
        }
    }

    /// The sparkline of row `index`: the overall scores of every row up to and including it
    /// (the latest `sparklineWindow`), so reading down the table replays the trend.
    public static func sparkline(_ table: HistoryTable, row index: Int) -> String {
        guard table.rows.indices.contains(index) else { return "" }
        let upTo = table.rows[...index].map(\.overall)
        return Sparkline.render(Array(upTo.suffix(sparklineWindow)))
    }
}
