/// One entry of the timeline: a time expression of an article, the sentence it is in, and
/// the entities that sentence names.
public struct TimelineEvent: Hashable, Sendable {
    public var expression: TimeExpression
    /// The article's id.
    public var article: String
    public var field: TextField
    /// The sentence's text and its scalar range in the field.
    public var sentence: String
    public var sentenceStart: Int
    public var sentenceEnd: Int
    /// Canonical names of the entities mentioned in the sentence, in order.
    public var entities: [String]

    public init(expression: TimeExpression, article: String, field: TextField, sentence: String,
                sentenceStart: Int, sentenceEnd: Int, entities: [String]) {
        self.expression = expression
        self.article = article
        self.field = field
        self.sentence = sentence
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.entities = entities
    }
}
