import KabarCore

extension TokensReport {
    /// ``json(_:sentences:)`` written as it is made, article by article, to `sink`: the same
    /// text as its `serialized(pretty: true)`, without holding every token (or the text) at
    /// once. Each article's tokens are made for the moment and let go.
    public static func writeJSON(_ articles: [Article], sentences: Bool = false, to sink: @escaping (String) -> Void) {
        var stream = JSONObjectStream(pretty: true, sink: sink)
        stream.beginArray("tokens")
        for article in articles {
            guard case .object(let members) = json([AnalyzedArticle(article)]), case .array(let rows)? = members.first?.1 else { continue }
            for row in rows { stream.append(row) }
        }
        stream.endArray()
        if sentences {
            stream.beginArray("sentences")
            for article in articles {
                guard case .object(let members) = json([AnalyzedArticle(article)], sentences: true),
                      case .array(let rows)? = members.first(where: { $0.0 == "sentences" })?.1 else { continue }
                for row in rows { stream.append(row) }
            }
            stream.endArray()
        }
        stream.finish()
    }
}
