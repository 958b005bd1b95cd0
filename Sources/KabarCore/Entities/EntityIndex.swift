import Foundation

/// The entities of a set of articles, computed once per article content and cached, so the
/// reader opens with entities ready.
public final class EntityIndex: @unchecked Sendable {
    let recognizer: EntityRecognizer
    /// Per article content (title + body), its mentions by field.
    private let cache = ContentCache<[TextField: [EntityMention]]>()

    public init(recognizer: EntityRecognizer = EntityRecognizer()) {
        self.recognizer = recognizer
    }

    /// The mentions of one article, by field.
    public func mentions(of analyzed: AnalyzedArticle) -> [TextField: [EntityMention]] {
        cache.value(for: ContentKey(analyzed.article.title, analyzed.article.body)) {
            // Tokenised here, on the bytes, without the article's tokens (and their texts);
            // the title and the body in one scan.
            let found = recognizer.mentions(title: analyzed.article.title, body: analyzed.article.body)
            return [.title: found.title, .body: found.body]
        }
    }

    /// Every entity of the articles, linked across them, most mentioned first. Articles are
    /// recognised in parallel, on every core.
    /// - Parameter known: what the index already holds for each article (nil: recognise
    ///   them all), in the articles' order.
    public func entities(of articles: [AnalyzedArticle], known: [StoredAnalysis]? = nil) -> [Entity] {
        let byArticle = known.flatMap { $0.count == articles.count ? $0.map(\.mentions) : nil } ?? mentions(ofAll: articles)
        var found: [EntityLinker.Found] = []
        for (analyzed, byField) in zip(articles, byArticle) {
            for field in [TextField.title, .body] {
                found.append(.init(article: analyzed.article.id, field: field, mentions: byField[field] ?? []))
            }
        }
        return EntityLinker.link(found)
    }

    /// The mentions of each article, by field, in the articles' order: recognised in parallel
    /// (each article is independent), in chunks so that small articles share a task.
    public func mentions(ofAll articles: [AnalyzedArticle]) -> [[TextField: [EntityMention]]] {
        let results = ResultSlots<[TextField: [EntityMention]]>(count: articles.count)
        let chunk = 8
        let chunks = (articles.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { number in
            for index in (number * chunk)..<min(articles.count, (number + 1) * chunk) {
                results.set(index, mentions(of: articles[index]))
            }
        }
        return results.values()
    }
}
