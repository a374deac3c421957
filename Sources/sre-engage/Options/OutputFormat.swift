import ArgumentParser

/// Output formats; each command accepts the ones that make sense for it.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, html, csv
}
