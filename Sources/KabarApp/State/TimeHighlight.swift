import KabarCore

/// A time expression marked in the open article: its field and scalar range.
public struct TimeHighlight: Hashable, Sendable {
    public var field: TextField
    public var start: Int
    public var end: Int
}
