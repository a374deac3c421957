import EngageCore
import Foundation

/// Thresholds and settings for the collectors. Defaults follow docs/evidence-formats.md (each
/// either sourced or marked as this project's choice); the engagement file or the command line
/// may override any of them.
public struct EvidenceOptions: Sendable, Hashable {
    /// An alert that resolved within this many minutes without acknowledgement "resolved by itself".
    public var selfResolveMinutes: Double = 5
    /// An alert (same fingerprint, or same name and service for exports without one) that fires at
    /// least `flappingCount` times within `flappingWindowMinutes` is flapping.
    public var flappingCount: Int = 3
    public var flappingWindowMinutes: Double = 60
    /// Working hours, local time: `[workStartHour, workEndHour)` on `workingDays`.
    public var workStartHour: Int = 9
    public var workEndHour: Int = 18
    /// Working days as ISO weekdays (1 = Monday … 7 = Sunday).
    public var workingDays: Set<Int> = [1, 2, 3, 4, 5]
    /// Sleep hours, local time: `[sleepStartHour, sleepEndHour)`, wrapping past midnight.
    public var sleepStartHour: Int = 23
    public var sleepEndHour: Int = 7
    /// On-call shift length and the local hour one shift starts at (the next starts `shiftHours` later).
    public var shiftHours: Int = 12
    public var shiftStartHour: Int = 9
    /// The SRE book's budget of incidents per 12-hour shift (ch. 11).
    public var pagesPerShiftBudget: Int = 2
    /// The team's time zone, for working/sleep hours, shifts, and timestamps written without an offset.
    public var timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
    /// Alertmanager `severity` label values (lowercased) that page a human.
    public var pageSeverities: Set<String> = ["critical", "page", "pager", "emergency", "p1", "sev1", "sev-1"]
    /// How many noisy alert names to list.
    public var topNoisyCount: Int = 5
    /// How many example records a fact or list item carries.
    public var exampleLimit: Int = 5
    /// Column mapping for generic alert CSVs.
    public var genericAlertColumns: GenericAlertColumns = GenericAlertColumns()
    /// Services the engagement declares (engagement.yaml), so a service no SLO file mentions still
    /// shows up as a service without an SLO.
    public var declaredServices: [String] = []
    /// Keyword rules for postmortem action items and ticket toil categories
    /// (checklists/evidence-rules/*.yaml).
    public var rules: EvidenceRules = EvidenceRules()
    /// Largest single JSON document (not NDJSON) read whole, in bytes.
    public var maxJSONDocumentBytes: Int = 256 << 20
    /// Largest YAML or Markdown file read, in bytes.
    public var maxTextFileBytes: Int = 16 << 20

    public init() {}
}
