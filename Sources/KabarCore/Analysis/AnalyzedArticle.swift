import Foundation

/// An article together with what the analysis chain found in it: for now its tokens.
///
/// Every feature (reader, list, search) works from this one value, so all of them see the
/// same words at the same offsets. Tokens are computed the first time they are asked for
/// (then kept), so opening a large corpus costs nothing for the articles never read.
public struct AnalyzedArticle: Sendable {
    public let article: Article
    private let tokens: LazyTokens

    public init(_ article: Article, tokenizer: Tokenizer = Tokenizer()) {
        self.article = article
        self.tokens = LazyTokens(article: article, tokenizer: tokenizer)
    }

    public var titleTokens: [Token] { tokens.title }
    public var bodyTokens: [Token] { tokens.body }

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

/// The tokens of an article's title and body, made on first use, once, whichever thread asks.
private final class LazyTokens: @unchecked Sendable {
    private let article: Article
    private let tokenizer: Tokenizer
    private let lock = NSLock()
    private var titleTokens: [Token]?
    private var bodyTokens: [Token]?

    init(article: Article, tokenizer: Tokenizer) {
        self.article = article
        self.tokenizer = tokenizer
    }

    var title: [Token] { tokens(of: \.titleTokens, article.title) }
    var body: [Token] { tokens(of: \.bodyTokens, article.body) }

    /// The tokens kept at `slot`, or those of `text`, kept there.
    private func tokens(of slot: ReferenceWritableKeyPath<LazyTokens, [Token]?>, _ text: String) -> [Token] {
        lock.lock()
        defer { lock.unlock() }
        if let tokens = self[keyPath: slot] { return tokens }
        let tokens = tokenizer.tokenize(text)
        self[keyPath: slot] = tokens
        return tokens
    }
}
