import KabarCore

/// One article a search found: its id and title, its BM25 score (higher is better), a
/// snippet with the matched words between « and », and every matched word occurrence.
public struct SearchHit: Sendable, Equatable {
    public var article: String
    public var title: String
    public var path: String
    public var score: Double
    public var snippet: String
    public var matches: [MatchFinder.Match]
}

/// A search's answer: the hits, best first, and one-line notes on how the query was read.
public struct SearchResults: Sendable, Equatable {
    public var query: String
    public var hits: [SearchHit]
    public var notes: [String]
}
