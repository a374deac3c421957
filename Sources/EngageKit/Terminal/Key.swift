/// One key press, decoded from terminal input.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case enter, backspace, escape, tab
    /// Ctrl-C (raw mode delivers it as a byte, not a signal).
    case interrupt
    /// Ctrl-D, or the input closed (end of file, a closed terminal).
    case endOfInput
}
