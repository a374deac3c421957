import EngageKit

/// A terminal that plays a script of keys and records every screen drawn, so tests can drive the
/// questionnaire key by key and check what a person would see. Running out of keys reads as end
/// of input, as a closed terminal does.
final class ScriptedTerminal: Terminal {
    private var keys: [Key]
    private(set) var screens: [[String]] = []
    private(set) var started = 0
    private(set) var stopped = 0
    /// Called before each key is delivered (index of the key), e.g. to inspect the draft on disk.
    var beforeKey: ((Int) -> Void)?
    private var delivered = 0

    let width: Int
    let style = TerminalStyle.plain

    init(_ keys: [Key], width: Int = 100) {
        self.keys = keys
        self.width = width
    }

    /// Keys from a compact script: characters are typed, `⏎` Enter, `↑` `↓` `←` `→` arrows, `⎋` Escape, `⌫` backspace.
    convenience init(typing script: String, width: Int = 100) {
        self.init(script.map { c -> Key in
            switch c {
            case "⏎": .enter
            case "↑": .up
            case "↓": .down
            case "←": .left
            case "→": .right
            case "⎋": .escape
            case "⌫": .backspace
            default: .character(c)
            }
        }, width: width)
    }

    func readKey() -> Key {
        beforeKey?(delivered)
        delivered += 1
        return keys.isEmpty ? .endOfInput : keys.removeFirst()
    }

    func draw(_ lines: [String]) { screens.append(lines) }
    func start() { started += 1 }
    func stop() { stopped += 1 }

    var lastScreen: String { screens.last?.joined(separator: "\n") ?? "" }
}
