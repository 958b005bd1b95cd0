import KabarCore

/// The glossary's reading of the word under the cursor: its analyses, and the multi-word
/// expression it belongs to, if any.
public struct WordReading: Hashable, Sendable {
    public var word: String
    public var analyses: [Analysis]
    public var expression: GlossaryEntry?
    /// The document word indices the expression covers.
    public var expressionWords: Range<Int>?
    /// The word's length in characters when it is too long to look up (then `word` is its
    /// beginning and there are no analyses).
    public var skippedLength: Int?
}

extension AppState {
    /// Longer words (a line of letters with no space, a pasted hash) are not looked up: the
    /// glossary pane says so. The longest Indonesian words have about 30 letters.
    public static let longestGlossedWord = 64

    /// What the glossary says of a word too long to look up.
    static func tooLongNote(_ length: Int) -> String {
        "Not looked up: \(length) characters, longer than any word (the limit is \(longestGlossedWord))."
    }

    /// The reading of the word under the cursor.
    public var cursorReading: WordReading? {
        guard let word = cursorWord, let document else { return nil }
        let length = word.end - word.start
        if length > AppState.longestGlossedWord {
            return WordReading(word: String(word.text.unicodeScalars.prefix(AppState.longestGlossedWord)) + "…", analyses: [],
                               expression: nil, expressionWords: nil, skippedLength: length)
        }
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
                           occurrences: occurrences, skippedLength: reading.skippedLength)
    }
}
