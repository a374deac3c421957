import Foundation

nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var rawModeActive = false

private func restoreTerminalAndExit(_ signal: Int32) {
    if rawModeActive {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTermios)
        let leave = "\u{1B}[?1049l\u{1B}[?25h"
        _ = leave.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }
    _exit(128 + signal)
}

/// The real terminal: raw mode on standard input, the alternate screen on standard output.
/// A SIGTERM or SIGHUP restores the terminal before exiting; answers are already on disk.
public final class PosixTerminal: Terminal {
    public let style: TerminalStyle
    private let decoder = KeyDecoder()
    private var pending: [UInt8] = []

    public init(style: TerminalStyle = .detect()) {
        self.style = style
    }

    /// Whether standard input and output are both terminals.
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    public var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    public func start() {
        guard tcgetattr(STDIN_FILENO, &savedTermios) == 0 else { return }
        var raw = savedTermios
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        rawModeActive = true
        signal(SIGTERM, restoreTerminalAndExit)
        signal(SIGHUP, restoreTerminalAndExit)
        emit("\u{1B}[?1049h")
    }

    public func stop() {
        guard rawModeActive else { return }
        emit("\u{1B}[?1049l\u{1B}[?25h")
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTermios)
        rawModeActive = false
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
    }

    public func readKey() -> Key {
        while true {
            if let (key, used) = decoder.decode(pending[...]) {
                // A lone ESC may be the start of an arrow sequence still arriving.
                if key == .escape, used == 1, pending.count == 1, waitForInput(milliseconds: 40) {
                    if !fill() { pending.removeAll(); return .endOfInput }
                    continue
                }
                pending.removeFirst(used)
                return key
            }
            if !fill() { return .endOfInput }
        }
    }

    public func draw(_ lines: [String]) {
        emit("\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\r\n"))
    }

    private func fill() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let n = read(STDIN_FILENO, &buffer, buffer.count)
            if n > 0 {
                pending.append(contentsOf: buffer[0..<n])
                return true
            }
            if n < 0, errno == EINTR { continue }
            return false
        }
    }

    private func waitForInput(milliseconds: Int32) -> Bool {
        var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&fds, 1, milliseconds) > 0
    }

    private func emit(_ s: String) {
        let bytes = Array(s.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
    }
}
