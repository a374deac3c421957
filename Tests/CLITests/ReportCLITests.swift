import Foundation
import Testing

/// `report example` through the binary: the three formats carry the same facts, output is
/// byte-identical run to run, and a hostile note in the engagement never reaches the HTML raw.
struct ReportCLITests {
    let cli = CLIRunner(directory: CLIRunner.repositoryRoot)

    struct Doc: Decodable {
        struct S: Decodable { var id: String; var title: String; var status: String }
        struct D: Decodable { var decision: String; var why: String }
        var stressors: [S]
        var decisions: [D]
        var followUp: String?
    }

    @Test func markdownHTMLAndJSONCarryTheSameFacts() throws {
        let json = try cli.run(["report", "example", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let doc = try JSONDecoder().decode(Doc.self, from: Data(json.stdout.utf8))
        let md = try cli.run(["report", "example"]).stdout
        let html = try cli.run(["report", "example", "--format", "html"]).stdout
        #expect(doc.stressors.contains { $0.status == "cleared" })
        #expect(doc.stressors.contains { $0.status == "still-open" })
        for s in doc.stressors {
            #expect(md.contains("### \(s.title)"), "\(s.id) in Markdown")
            #expect(html.contains("<code>\(s.id)</code>"), "\(s.id) in HTML")
        }
        #expect(doc.decisions.count >= 5)
        for d in doc.decisions {
            #expect(md.contains(d.why.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "&", with: "&amp;")), "decision reasoning in Markdown")
        }
        #expect(doc.followUp == "2027-01-28")
        #expect(md.contains("2027-01-28") && html.contains("2027-01-28"))
        #expect(html.contains("<figure id=\"chart-principles\">") && html.contains("<figure id=\"chart-trend\">"))
    }

    @Test(arguments: ["markdown", "html", "json"])
    func sameInputsGiveByteIdenticalOutput(_ format: String) throws {
        let a = try cli.run(["report", "example", "--format", format]).stdout
        let b = try cli.run(["report", "example", "--format", format]).stdout
        #expect(a == b)
        #expect(!a.contains(ISO8601DateFormatter().string(from: Date()).prefix(10)), "no timestamp of today inside")
    }

    @Test func hostileNoteInTheEngagementIsEscapedAndOutputIsWrittenAtomically() throws {
        let dir = CLIRunner.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot + "/checklists", toPath: dir + "/checklists")
        try FileManager.default.createDirectory(atPath: dir + "/engagements", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot + "/engagements/example", toPath: dir + "/engagements/example")
        let local = CLIRunner(directory: dir)
        let hostile = "</td><script>alert(\"x\")</script> & 'q'"
        let path = dir + "/engagements/example/engagement.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "- Write the first SLOs", with: "- Write the first SLOs\n- '\(hostile.replacingOccurrences(of: "'", with: "''"))'")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try local.run(["lint", "engagements/example"]).status == 0)
        let r = try local.run(["report", "example", "--format", "html", "--output", "out/report.html"])
        #expect(r.status == 2, "missing output folder is an error")
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        #expect(try local.run(["report", "example", "--format", "html", "--output", "out/report.html"]).status == 0)
        let html = try String(contentsOfFile: dir + "/out/report.html", encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        let badTemplate = try local.run(["report", "example", "--template", "nowhere"])
        #expect(badTemplate.status != 0)
    }
}
