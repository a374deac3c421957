/// The formats `sre-engage history` prints, chosen by name.
public enum HistoryFormat: String, Sendable, CaseIterable {
    /// An aligned table with a sparkline per row, for the terminal.
    case text
    /// The `HistoryTable` with sorted keys.
    case json
    /// RFC 4180: comma separated, CRLF line ends, fields quoted when they hold `,` `"` CR or LF.
    case csv
}
