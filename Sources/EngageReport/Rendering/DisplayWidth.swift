/// Terminal column width of text: East Asian wide characters (Hangul, CJK ideographs, fullwidth
/// forms) take two columns, everything else one. Used to align tables that hold Korean text.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, u in sum + (isWide(u.value) ? 2 : 1) }
    }

    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
    }
}
