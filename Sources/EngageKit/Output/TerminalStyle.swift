import Foundation
import Rainbow

/// Whether output may be coloured: only on a terminal, and never with `NO_COLOR` set or
/// `TERM=dumb` (https://no-color.org).
public struct TerminalStyle: Sendable, Hashable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// Decides for a file descriptor from the environment.
    public static func detect(fileDescriptor: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false { return TerminalStyle(colour: false) }
        if environment["TERM"] == "dumb" { return TerminalStyle(colour: false) }
        return TerminalStyle(colour: isatty(fileDescriptor) == 1)
    }

    public static let plain = TerminalStyle(colour: false)

    public func red(_ s: String) -> String { colour ? s.red.bold : s }
    public func yellow(_ s: String) -> String { colour ? s.yellow.bold : s }
    public func green(_ s: String) -> String { colour ? s.green : s }
    public func cyan(_ s: String) -> String { colour ? s.cyan : s }
    public func bold(_ s: String) -> String { colour ? s.bold : s }
    public func dim(_ s: String) -> String { colour ? s.dim : s }
}
