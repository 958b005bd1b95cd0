/// A named entity across a corpus: one canonical name, one type, and every mention of it
/// under any of its forms (full name, short form, acronym), in every article.
public struct Entity: Hashable, Sendable, Identifiable {
    /// Stable: the type and the canonical name, as in "person:liang-wenfeng".
    public var id: String
    public var name: String
    public var type: EntityType
    public var mentions: [Mention]

    /// A mention in one field of one article (Unicode-scalar offsets into its NFC text).
    public struct Mention: Hashable, Sendable {
        public var article: String
        public var field: TextField
        public var start: Int
        public var end: Int
        public var text: String

        public init(article: String, field: TextField, start: Int, end: Int, text: String) {
            self.article = article
            self.field = field
            self.start = start
            self.end = end
            self.text = text
        }
    }
}
