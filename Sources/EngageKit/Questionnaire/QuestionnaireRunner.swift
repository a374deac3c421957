import EngageCore

/// Runs a session on a terminal: draws each state, reads keys, and performs effects through the
/// callbacks — `save` after every answer (the autosave), `finish` on confirmation.
public struct QuestionnaireRunner {
    public var terminal: any Terminal
    public var screen: QuestionnaireScreen

    public init(terminal: any Terminal, screen: QuestionnaireScreen) {
        self.terminal = terminal
        self.screen = screen
    }

    public enum Outcome: Sendable, Hashable {
        case finished
        case quit
    }

    /// Returns when the respondent finishes or quits; a save failure stops the run at once (the
    /// last good draft stays on disk) and is rethrown.
    public func run(_ session: inout QuestionnaireSession, save: (QuestionnaireSession) throws(EngageError) -> Void, finish: (QuestionnaireSession) throws(EngageError) -> Void) throws(EngageError) -> Outcome {
        terminal.start()
        defer { terminal.stop() }
        while true {
            terminal.draw(screen.lines(for: session))
            let key = terminal.readKey()
            for effect in session.handle(key) {
                switch effect {
                case .saveDraft: try save(session)
                case .finish:
                    try finish(session)
                    return .finished
                case .quit:
                    return .quit
                }
            }
        }
    }
}
