extension UTF8 {
    /// How many bytes a UTF-8 sequence starting with `lead` has (1–4), or nil for a byte that
    /// cannot start one (a continuation byte, or 0xC0/0xC1/0xF5…0xFF).
    public static func sequenceLength(lead: UInt8) -> Int? {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }
}
