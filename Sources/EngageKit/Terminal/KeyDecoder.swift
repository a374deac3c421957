/// Turns raw terminal bytes into keys: ASCII, UTF-8 characters (Korean notes), control keys and
/// the ANSI escape sequences for arrows (`ESC [ A` and `ESC O A`).
public struct KeyDecoder: Sendable {
    public init() {}

    /// Decodes one key from the front of `bytes`, returning it and how many bytes it used, or
    /// `nil` when more bytes are needed to finish a UTF-8 character.
    public func decode(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        guard let first = bytes.first else { return nil }
        switch first {
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x09: return (.tab, 1)
        case 0x0A, 0x0D: return (.enter, 1)
        case 0x08, 0x7F: return (.backspace, 1)
        case 0x1B:
            let rest = bytes.dropFirst()
            guard let second = rest.first else { return (.escape, 1) }
            if second == 0x5B || second == 0x4F, let third = rest.dropFirst().first {
                switch third {
                case 0x41: return (.up, 3)
                case 0x42: return (.down, 3)
                case 0x43: return (.right, 3)
                case 0x44: return (.left, 3)
                default:
                    // Skip an unknown CSI sequence up to its final byte.
                    var length = 2
                    for byte in rest.dropFirst() {
                        length += 1
                        if (0x40...0x7E).contains(byte) { break }
                    }
                    return (.escape, length)
                }
            }
            return (.escape, 1)
        default:
            guard let length = UTF8.sequenceLength(lead: first) else { return (.escape, 1) }
            guard bytes.count >= length else { return nil }
            let scalarBytes = Array(bytes.prefix(length))
            guard let s = String(validating: scalarBytes, as: UTF8.self), let c = s.first else { return (.escape, length) }
            if first < 0x20 { return (.escape, 1) }
            return (.character(c), length)
        }
    }
}
