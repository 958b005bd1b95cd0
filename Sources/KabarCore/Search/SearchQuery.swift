/// A parsed search query. Words are ANDed; a group of alternatives is ORed; excluded words
/// and phrases must not occur; filters narrow by field, entity and date.
public struct SearchQuery: Hashable, Sendable {
    /// One thing to look for: a word (maybe a prefix), or a phrase, in any field or one.
    public struct Term: Hashable, Sendable {
        public var words: [String]
        public var prefix: Bool
        /// nil: title, body and source; otherwise "title" or "source".
        public var field: String?

        public init(words: [String], prefix: Bool = false, field: String? = nil) {
            self.words = words
            self.prefix = prefix
            self.field = field
        }
    }

    /// Every clause must hold; a clause holds when any of its terms matches.
    public var clauses: [[Term]] = []
    public var excluded: [Term] = []
    /// Articles naming these entities (case-insensitive, by canonical name or mention text).
    public var entities: [String] = []
    /// ISO dates, inclusive; either may be open.
    public var dateFrom: String?
    public var dateTo: String?
    /// One-line notes on what was ignored or read literally.
    public var notes: [String] = []

    public init() {}

    /// Whether there is anything to search for.
    public var isEmpty: Bool {
        clauses.isEmpty && entities.isEmpty && dateFrom == nil && dateTo == nil
    }

    /// The positive terms, for finding matched words in an article.
    public var positiveTerms: [Term] { clauses.flatMap { $0 } }
}
