// swift-tools-version:6.0
import PackageDescription

/// sre-engage: a thin executable over a one-way chain of library targets.
///
///     sre-engage ─▶ EngageKit ─┬▶ EngageReport ─▶ EngageAnalysis ─▶ EngageCore
///                              ├▶ EngageEvidence ─▶ EngageYAML ─▶ EngageCore
///                              └▶ EngageGit ─▶ EngageCore
///
/// Only the executable imports ArgumentParser.
let package = Package(
    name: "sre-engage",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sre-engage", targets: ["sre-engage"]),
        .library(name: "EngageKit", targets: ["EngageKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/onevcat/Rainbow.git", exact: "4.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
    ],
    targets: [
        .executableTarget(
            name: "sre-engage",
            dependencies: [
                "EngageKit", "EngageCore", "EngageYAML", "EngageReport", "EngageGit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "EngageCore"),
        .target(name: "EngageYAML", dependencies: ["EngageCore", "Yams"]),
        .target(name: "EngageAnalysis", dependencies: ["EngageCore"]),
        .target(name: "EngageEvidence", dependencies: ["EngageCore", "EngageYAML"]),
        .target(name: "EngageGit", dependencies: ["EngageCore"]),
        .target(
            name: "EngageReport",
            dependencies: [
                "EngageCore", "EngageAnalysis",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        .target(
            name: "EngageKit",
            dependencies: [
                "EngageCore", "EngageYAML", "EngageAnalysis", "EngageEvidence", "EngageGit", "EngageReport",
                "Rainbow",
            ]
        ),
        .testTarget(name: "EngageCoreTests", dependencies: ["EngageCore"]),
        .testTarget(name: "EngageYAMLTests", dependencies: ["EngageYAML"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EngageAnalysisTests", dependencies: ["EngageAnalysis", "EngageYAML"]),
        .testTarget(name: "EngageEvidenceTests", dependencies: ["EngageEvidence"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EngageGitTests", dependencies: ["EngageGit"]),
        .testTarget(name: "EngageReportTests", dependencies: ["EngageReport", "EngageKit"], exclude: ["Golden"]),
        .testTarget(name: "EngageKitTests", dependencies: ["EngageKit"]),
        .testTarget(name: "CLITests", dependencies: ["sre-engage"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
