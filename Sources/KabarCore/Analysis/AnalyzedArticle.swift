/// An article together with what the analysis chain found in it: for now its tokens.
///
/// Every feature (reader, list, search) works from this one value, so all of them see the
/// same words at the same offsets.
public struct AnalyzedArticle: Sendable {
    public let article: Article
    public let titleTokens: [Token]
    public let bodyTokens: [Token]

    public init(_ article: Article, tokenizer: Tokenizer = Tokenizer()) {
        self.article = article
        self.titleTokens = tokenizer.tokenize(article.title)
        self.bodyTokens = tokenizer.tokenize(article.body)
    }

    /// The tokens of one field.
    public func tokens(in field: TextField) -> [Token] {
        field == .title ? titleTokens : bodyTokens
    }

    /// The text of one field.
    public func text(of field: TextField) -> String {
        field == .title ? article.title : article.body
    }

    /// The number of word tokens in the body.
    public var wordCount: Int {
        bodyTokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
    }
}
