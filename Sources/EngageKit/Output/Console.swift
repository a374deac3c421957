import Foundation

/// Writes to standard error (standard output is for results).
public enum Console {
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
