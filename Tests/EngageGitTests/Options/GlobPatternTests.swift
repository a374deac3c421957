import Testing
@testable import EngageGit

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("*.md", "README.md", true),
        ("*.md", "docs/a/b.md", true),
        ("*.md", "src/md.c", false),
        ("vendor/", "vendor/lib/x.c", true),
        ("vendor/", "src/vendor/x.c", true),
        ("vendor/", "vendor", false),
        ("vendor/", "src/vendored/x.c", false),
        ("src/gen/**", "src/gen/a/b.c", true),
        ("src/gen/**", "lib/src/gen/a.c", false),
        ("**/test/*.c", "test/a.c", true),
        ("**/test/*.c", "a/b/test/a.c", true),
        ("**/test/*.c", "a/b/test/sub/a.c", false),
        ("src/*.c", "src/a.c", true),
        ("src/*.c", "src/x/a.c", false),
        ("/src/?.c", "src/a.c", true),
        ("LICENSE.*", "LICENSE.txt", true),
        ("*.min.js", "web/app.min.js", true),
        ("*.min.js", "web/app.js", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }

    @Test func defaultFilter() {
        let matcher = PathFilter().matcher()
        #expect(matcher.includes("src/main.swift"))
        #expect(!matcher.includes("node_modules/left-pad/index.js"))
        #expect(!matcher.includes("third_party/zlib/inflate.c"))
        #expect(!matcher.includes("api/v1/service.pb.go"))
        #expect(!matcher.includes("docs/design.txt"))
        #expect(!matcher.includes("CHANGELOG.md"))
        #expect(!matcher.includes("web/package-lock.json"))
        #expect(!matcher.includes(".mailmap"))
        let withDocs = PathFilter(excludeDocumentation: false, excludes: ["*.sql"]).matcher()
        #expect(withDocs.includes("docs/design.txt"))
        #expect(!withDocs.includes("db/schema.sql"))
        #expect(!withDocs.includes("vendor/x.c"))
    }
}
