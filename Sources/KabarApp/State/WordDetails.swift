import KabarCore

/// What the word popup shows: the word's readings (and the expression it is part of) and
/// other sentences, across the articles, where the same lemma occurs.
public struct WordDetails: Hashable, Sendable {
    public var word: String
    public var analyses: [Analysis]
    public var expression: GlossaryEntry?
    public var occurrences: [Occurrence]
    /// The word's length when it was too long to look up (see `AppState.longestGlossedWord`).
    public var skippedLength: Int?

    /// A sentence that contains the lemma.
    public struct Occurrence: Hashable, Sendable {
        public var articleID: String
        public var sentence: String
    }

    /// At most this many other sentences are listed.
    static let maximumOccurrences = 40
}
