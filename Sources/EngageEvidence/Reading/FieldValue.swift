/// Readings of loosely typed CSV fields shared by the CSV readers.
enum FieldValue {
    /// yes/true/y/1/x → true; no/false/n/0/empty → false; anything else → nil.
    static func bool(_ text: String) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "true", "yes", "y", "1", "x", "t", "✓": true
        case "false", "no", "n", "0", "f", "": false
        default: nil
        }
    }

    /// An acknowledgement column: a flag, or a time or duration (set means acknowledged).
    static func acknowledged(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        if let flag = bool(trimmed) { return flag }
        if let n = Double(trimmed) { return n > 0 }
        return !trimmed.isEmpty
    }
}
