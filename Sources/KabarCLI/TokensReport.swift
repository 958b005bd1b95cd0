import KabarCore

/// `kabar tokens`: every token with its kind and Unicode-scalar offsets.
public enum TokensReport {
    /// `{"tokens":[{"article","field","kind","text","start","end"}]}`; with sentences,
    /// also `"sentences":[{"article","field","start","end","text"}]`.
    public static func json(_ articles: [AnalyzedArticle], sentences: Bool = false) -> JSONValue {
        var tokens: [JSONValue] = []
        var sentenceList: [JSONValue] = []
        for analyzed in articles {
            tokenRows(of: analyzed) { tokens.append($0) }
            if sentences { sentenceRows(of: analyzed) { sentenceList.append($0) } }
        }
        var object: [(String, JSONValue)] = [("tokens", .array(tokens))]
        if sentences { object.append(("sentences", .array(sentenceList))) }
        return .object(object)
    }

    /// Each token of the article's title, then of its body, as a JSON row.
    static func tokenRows(of analyzed: AnalyzedArticle, _ row: (JSONValue) -> Void) {
        for field in [TextField.title, .body] {
            for token in analyzed.tokens(in: field) {
                row(.object([
                    ("article", .string(analyzed.article.id)), ("field", .string(field.rawValue)),
                    ("kind", .string(token.kind.rawValue)), ("text", .string(token.text)),
                    ("start", .int(token.start)), ("end", .int(token.end)),
                ]))
            }
        }
    }

    /// Each sentence of the article's title, then of its body, as a JSON row.
    static func sentenceRows(of analyzed: AnalyzedArticle, _ row: (JSONValue) -> Void) {
        for field in [TextField.title, .body] {
            let text = analyzed.text(of: field)
            let scalars = Array(text.unicodeScalars)
            for sentence in SentenceSplitter().split(text, tokens: analyzed.tokens(in: field)) {
                row(.object([
                    ("article", .string(analyzed.article.id)), ("field", .string(field.rawValue)),
                    ("start", .int(sentence.start)), ("end", .int(sentence.end)),
                    ("text", .string(scalars.string(sentence.start..<sentence.end))),
                ]))
            }
        }
    }

    /// One token per line: `body 12-19 word menyaingi`; with sentences, one sentence per line.
    public static func text(_ articles: [AnalyzedArticle], sentences: Bool = false) -> String {
        var out = ""
        for analyzed in articles {
            if articles.count > 1 { out += "# \(analyzed.article.id.terminalSafe)\n" }
            for field in [TextField.title, .body] {
                let text = analyzed.text(of: field)
                if sentences {
                    let scalars = Array(text.unicodeScalars)
                    for sentence in SentenceSplitter().split(text, tokens: analyzed.tokens(in: field)) {
                        out += "\(field.rawValue) \(sentence.start)-\(sentence.end) \(scalars.string(sentence.start..<sentence.end).terminalSafe)\n"
                    }
                } else {
                    for token in analyzed.tokens(in: field) {
                        out += "\(field.rawValue) \(token.start)-\(token.end) \(token.kind.rawValue) \(token.text.terminalSafe)\n"
                    }
                }
            }
        }
        return out
    }
}
