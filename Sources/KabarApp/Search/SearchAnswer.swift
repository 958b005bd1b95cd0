import KabarCore

/// What a search engine found for one query, in the reader's own terms (no database types):
/// the articles, best first, each with a snippet and every matched word.
public struct SearchAnswer: Hashable, Sendable {
    /// A matched word: its field and Unicode-scalar offsets into the field's NFC text.
    public struct Match: Hashable, Sendable {
        public var field: TextField
        public var start: Int
        public var end: Int

        public init(field: TextField, start: Int, end: Int) {
            self.field = field
            self.start = start
            self.end = end
        }
    }

    /// One article found, with the matched words between « and » in its snippet.
    public struct Hit: Hashable, Sendable {
        public var articleID: String
        public var path: String
        public var title: String
        public var snippet: String
        public var matches: [Match]

        public init(articleID: String, path: String, title: String, snippet: String, matches: [Match]) {
            self.articleID = articleID
            self.path = path
            self.title = title
            self.snippet = snippet
            self.matches = matches
        }
    }

    public var query: String
    public var hits: [Hit]
    /// One-line notes on how the query was read ("type a word to search for", …).
    public var notes: [String]

    public init(query: String, hits: [Hit], notes: [String] = []) {
        self.query = query
        self.hits = hits
        self.notes = notes
    }
}
