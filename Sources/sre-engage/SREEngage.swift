import ArgumentParser
import EngageKit

@main
struct SREEngage: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sre-engage")
}
