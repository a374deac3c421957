/// Everything the questionnaire needs from a terminal. Injected, so tests can drive the
/// questionnaire key by key and read every screen it draws.
public protocol Terminal: AnyObject {
    /// Blocks for the next key; `.endOfInput` when input has closed.
    func readKey() -> Key
    /// Replaces the whole screen with these lines.
    func draw(_ lines: [String])
    /// Columns available.
    var width: Int { get }
    var style: TerminalStyle { get }
    /// Enters raw mode (called once before the first draw).
    func start()
    /// Restores the terminal (called once, also on errors).
    func stop()
}
