/// A CSV header with names normalised for lookup: lowercased, trimmed, spaces and hyphens as `_`.
public struct CSVHeader: Sendable, Hashable {
    public let names: [String]
    public let normalized: [String]
    public let line: Int

    public init(_ record: CSVRecord) {
        names = record.fields
        normalized = record.fields.map(CSVHeader.normalize)
        line = record.line
    }

    public static func normalize(_ name: String) -> String {
        var out = ""
        for scalar in name.trimmingSpaces.lowercased().unicodeScalars {
            out.unicodeScalars.append(scalar == " " || scalar == "-" ? "_" : scalar)
        }
        return out
    }

    /// The index of the first column named by any of `aliases` (in alias order).
    public func index(of aliases: [String]) -> Int? {
        for alias in aliases {
            if let i = normalized.firstIndex(of: CSVHeader.normalize(alias)) { return i }
        }
        return nil
    }

    public func contains(_ name: String) -> Bool { normalized.contains(CSVHeader.normalize(name)) }
}
