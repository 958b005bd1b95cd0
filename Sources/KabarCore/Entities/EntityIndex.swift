import Foundation

/// The entities of a set of articles, computed once per article content and cached, so the
/// reader opens with entities ready.
public final class EntityIndex: @unchecked Sendable {
    let recognizer: EntityRecognizer
    private let lock = NSLock()
    /// Per article content (title + body), its mentions by field.
    private var cache: [String: [TextField: [EntityMention]]] = [:]

    public init(recognizer: EntityRecognizer = EntityRecognizer()) {
        self.recognizer = recognizer
    }

    /// The mentions of one article, by field.
    public func mentions(of analyzed: AnalyzedArticle) -> [TextField: [EntityMention]] {
        let key = analyzed.article.title + "\u{0}" + analyzed.article.body
        lock.lock()
        if let cached = cache[key] { lock.unlock(); return cached }
        lock.unlock()
        let body = recognizer.mentions(in: analyzed.article.body, tokens: analyzed.bodyTokens)
        let result: [TextField: [EntityMention]] = [
            .title: recognizer.mentions(in: analyzed.article.title, tokens: analyzed.titleTokens, context: body),
            .body: body,
        ]
        lock.lock()
        cache[key] = result
        lock.unlock()
        return result
    }

    /// Every entity of the articles, linked across them, most mentioned first.
    public func entities(of articles: [AnalyzedArticle]) -> [Entity] {
        var found: [EntityLinker.Found] = []
        for analyzed in articles {
            let byField = mentions(of: analyzed)
            for field in [TextField.title, .body] {
                found.append(.init(article: analyzed.article.id, field: field, mentions: byField[field] ?? []))
            }
        }
        return EntityLinker.link(found)
    }
}
