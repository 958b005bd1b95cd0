/// What a time expression denotes: a calendar date or period, a time of day, a length of
/// time, or a repeating time.
public enum TimeType: String, Hashable, Sendable, CaseIterable {
    case date, time, duration, set
}
