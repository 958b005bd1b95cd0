/// Finds the words of an article a query matched, with scalar offsets, the way the index
/// reads them: a word matches a query word when its folded form, lemma or root equals it (or
/// starts with it, for a prefix); a phrase matches consecutive words.
public struct MatchFinder: Sendable {
    public struct Match: Hashable, Sendable {
        public var field: TextField
        public var start: Int
        public var end: Int
        public var text: String
    }

    let analyzer: MorphAnalyzer

    public init(analyzer: MorphAnalyzer) {
        self.analyzer = analyzer
    }

    public func matches(of query: SearchQuery, in article: AnalyzedArticle) -> [Match] {
        var result: [Match] = []
        // Words repeat within an article: each is analysed once.
        var known: [String: [String]] = [:]
        for field in [TextField.title, .body] {
            let tokens = article.tokens(in: field).filter { $0.kind == .word || $0.kind == .number || $0.kind == .hashtag || $0.kind == .mention }
            guard !tokens.isEmpty else { continue }
            let forms = tokens.map { token in
                if let forms = known[token.text] { return forms }
                let forms = SearchFolding.indexForms(of: token.text, analyzer: analyzer)
                known[token.text] = forms
                return forms
            }
            var matched = Set<Int>()
            for term in query.positiveTerms where term.field == nil || term.field == field.rawValue {
                guard !term.words.isEmpty, tokens.count >= term.words.count else { continue }
                for start in 0...(tokens.count - term.words.count) {
                    let hit = term.words.indices.allSatisfy { k in
                        let want = term.words[k]
                        let last = k == term.words.count - 1
                        return forms[start + k].contains { term.prefix && last ? $0.hasPrefix(want) : $0 == want }
                    }
                    if hit { matched.formUnion(start..<(start + term.words.count)) }
                }
            }
            for index in matched.sorted() {
                let token = tokens[index]
                result.append(Match(field: field, start: token.start, end: token.end, text: token.text))
            }
        }
        return result
    }
}
