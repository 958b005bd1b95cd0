import KabarCore

/// The glossary's reading of the word under the cursor: its analyses, and the multi-word
/// expression it belongs to, if any.
public struct WordReading: Hashable, Sendable {
    public var word: String
    public var analyses: [Analysis]
    public var expression: GlossaryEntry?
    /// The document word indices the expression covers.
    public var expressionWords: Range<Int>?
}

extension AppState {
    /// The reading of the word under the cursor.
    public var cursorReading: WordReading? {
        guard let word = cursorWord, let document else { return nil }
        let found = ExpressionFinder.find(in: document.words, at: cursor, glossary: analyzer.glossary)
        return WordReading(word: word.text, analyses: analyzer.analyze(word.text),
                           expression: found?.entry, expressionWords: found?.words)
    }

    /// The popup contents for the word under the cursor.
    func wordDetails() -> WordDetails? {
        guard let reading = cursorReading, let openArticle else { return nil }
        var occurrences: [WordDetails.Occurrence] = []
        if let lemma = reading.analyses.first?.lemma {
            let own = cursorWord
            var seen = Set<String>()
            search: for analyzed in [openArticle] + articles.filter({ $0.article.id != openArticle.article.id }) {
                for field in [TextField.title, .body] {
                    let text = analyzed.text(of: field)
                    let tokens = analyzed.tokens(in: field)
                    let scalars = Array(text.unicodeScalars)
                    for sentence in SentenceSplitter().split(text, tokens: tokens) {
                        let hit = tokens[sentence.tokens].contains { token in
                            token.kind == .word && analyzer.analyze(token.text).first?.lemma == lemma
                                && !(analyzed.article.id == openArticle.article.id && field == own?.field && token.start == own?.start)
                        }
                        guard hit else { continue }
                        let line = scalars.string(sentence.start..<sentence.end)
                        guard seen.insert(line).inserted else { continue }
                        occurrences.append(.init(articleID: analyzed.article.id, sentence: line))
                        if occurrences.count >= WordDetails.maximumOccurrences { break search }
                    }
                }
            }
        }
        return WordDetails(word: reading.word, analyses: reading.analyses, expression: reading.expression,
                           occurrences: occurrences)
    }
}
