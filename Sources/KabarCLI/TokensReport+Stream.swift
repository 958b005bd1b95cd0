import KabarCore

extension TokensReport {
    /// ``json(_:sentences:)`` written as it is made, article by article, to `sink`: the same
    /// text as its `serialized(pretty: true)`, without holding every token (or the text) at
    /// once: rows are written one by one, and each article's tokens are made for the moment.
    public static func writeJSON(_ articles: [Article], sentences: Bool = false, to sink: @escaping (String) -> Void) {
        var stream = JSONObjectStream(pretty: true, sink: sink)
        stream.beginArray("tokens")
        for article in articles {
            tokenRows(of: AnalyzedArticle(article)) { stream.append($0) }
        }
        stream.endArray()
        if sentences {
            stream.beginArray("sentences")
            for article in articles {
                sentenceRows(of: AnalyzedArticle(article)) { stream.append($0) }
            }
            stream.endArray()
        }
        stream.finish()
    }
}
