/// What the recognisers found in one article, as the search index keeps it: read back, it
/// spares recognising the article again (`EntityIndex.entities(of:known:)`,
/// `TimelineIndex.events(of:entities:known:)`).
public struct StoredAnalysis: Hashable, Sendable {
    public var mentions: [TextField: [EntityMention]]
    public var expressions: [TextField: [TimeExpression]]

    public init(mentions: [TextField: [EntityMention]] = [:], expressions: [TextField: [TimeExpression]] = [:]) {
        self.mentions = mentions
        self.expressions = expressions
    }

    /// Which output of the recognisers the index holds: raised whenever the entity
    /// recogniser or the temporal tagger would find something else in the same text, so
    /// that an index from before is rebuilt rather than read back.
    public static let version = 2
}
