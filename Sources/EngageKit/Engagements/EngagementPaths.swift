/// Where an engagement's files live under the engagements folder.
public struct EngagementPaths: Sendable, Hashable {
    public let root: String
    public let team: String

    public init(root: String, team: String) {
        self.root = root
        self.team = team
    }

    public var folder: String { root.hasSuffix("/") ? root + team : root + "/" + team }
    public var engagementFile: String { folder + "/engagement.yaml" }
    public var assessments: String { folder + "/assessments" }
    public var drafts: String { assessments + "/drafts" }
    public var detections: String { folder + "/detections" }
    public var evidence: String { folder + "/evidence" }
    public var lock: String { folder + "/.engagement.lock" }

    public func draft(respondent: String) -> String { drafts + "/\(respondent).yaml" }
    public func draftLock(respondent: String) -> String { drafts + "/.\(respondent).lock" }
}
