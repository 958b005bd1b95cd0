import KabarCore

/// The last search run from the prompt, for `n`/`N` and the marks in the article: the query
/// and, in result order, each found article of the reader with its matches in text order.
public struct SearchSession: Hashable, Sendable {
    public struct Found: Hashable, Sendable {
        /// The article's index in the reader.
        public var article: Int
        public var matches: [SearchAnswer.Match]
    }

    public var query: String
    public var found: [Found]

    /// Maps an answer's hits onto the reader's articles (by path, then by id); hits for
    /// articles the reader does not have are left out.
    public init(_ answer: SearchAnswer, articles: [AnalyzedArticle]) {
        query = answer.query
        found = []
        var byPath: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for (index, analyzed) in articles.enumerated() {
            if byPath[analyzed.article.path] == nil { byPath[analyzed.article.path] = index }
            if byID[analyzed.article.id] == nil { byID[analyzed.article.id] = index }
        }
        for hit in answer.hits {
            guard let index = byPath[hit.path] ?? byID[hit.articleID], !found.contains(where: { $0.article == index }) else { continue }
            let ordered = hit.matches.sorted { ($0.field == .title ? 0 : 1, $0.start) < ($1.field == .title ? 0 : 1, $1.start) }
            found.append(Found(article: index, matches: ordered))
        }
    }

    /// The found articles with something to mark, in result order: what `n`/`N` walk through.
    public var withMatches: [Found] { found.filter { !$0.matches.isEmpty } }

    /// The matches in article `index`, if it was found.
    public func matches(inArticle index: Int) -> [SearchAnswer.Match] {
        found.first { $0.article == index }?.matches ?? []
    }
}
