import ArgumentParser
import EngageCore
import EngageKit

/// `sre-engage task TEAM TASK_ID done|open [--note]`.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "Mark a guide task or exit criterion done or open.")

    @Argument(help: "Team name.") var team: String
    @Argument(help: "Task or exit-criterion id (see `sre-engage guide TEAM`).") var taskID: String
    @Argument(help: "done or open.") var status: TaskStatus
    @Option(help: "A note kept with the task.") var note: String?
    @OptionGroup var options: EngagementOptions

    func run() throws {
        try reporting {
            let log = EngagementLog(store: try options.store(), clock: SystemClock())
            _ = try log.setTask(team: team, id: taskID, status: status, note: note)
            print("\(taskID): \(status.rawValue)")
        }
    }
}

extension TaskStatus: ExpressibleByArgument {}
