import EngageCore
import Yams

/// Turns Yams' errors into positioned diagnostics.
enum YAMLErrorMapper {
    static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context, !context.text.isEmpty { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return .error(message, at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case let .reader(problem, offset, _, _):
            return .error("invalid YAML input: \(problem)\(offset.map { " at byte \($0)" } ?? "")", at: SourceLocation(file: file))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate key \(keys) in mapping", at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case .dataCouldNotBeDecoded:
            return .error("file is not valid UTF-8", at: SourceLocation(file: file))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(file: file))
        }
    }
}
