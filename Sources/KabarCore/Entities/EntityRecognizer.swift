import Foundation

/// Finds the people, organisations, places, products and events mentioned in Indonesian
/// news text, from general rules (capitalisation, titles before names, organisation and place
/// patterns, acronyms defined in parentheses, prepositions) and general gazetteers.
///
///     let recognizer = EntityRecognizer()
///     recognizer.mentions(in: "Menteri Keuangan Sri Mulyani tiba di Jakarta.")
///     // person "Sri Mulyani", location "Jakarta"
public struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer
    /// Common Indonesian words (capitalised at the start of a sentence they are not names).
    let commonWords: Set<String>
    /// Every listed word numbered, with what it is in the rules and lists (see `WordFlags`),
    /// and the name lists as sequences of those numbers.
    let lists: NameCodes
    /// Tells derived and inflected common words (Berbeda, Keefektifan) from names.
    let analyzer: MorphAnalyzer

    public init(gazetteer: Gazetteer = .builtIn, glossary: Glossary = GlossaryLoader.builtIn) {
        self.gazetteer = gazetteer
        self.analyzer = MorphAnalyzer(glossary: glossary)
        var words = Set<String>(), closedClass = Set<String>()
        for entry in glossary.allEntries where !entry.headword.contains(" ") && entry.pos != "affix" {
            words.insert(entry.key)
            if EntityRecognizer.closedClasses.contains(entry.pos) { closedClass.insert(entry.key) }
        }
        self.commonWords = words
        self.lists = NameCodes(gazetteer: gazetteer,
                               flagTable: WordFlags.table(gazetteer: gazetteer, commonWords: words, closedClassWords: closedClass))
    }

    /// Parts of speech of the glossary's closed-class words (yang, dan, ini): at the start of a
    /// sentence such a word is no name, even where it is also a given name (Yang, Dan).
    static let closedClasses: Set<String> = ["conj", "prep", "part", "det", "pron", "interj"]

    /// The mentions in a text, in order of position.
    /// - Parameter context: mentions found elsewhere in the same article (the body, for its
    ///   title), so a headline's capitals are read against names the article establishes.
    public func mentions(in text: String, context: [EntityMention] = []) -> [EntityMention] {
        let utf8 = Array(text.utf8)
        let tokens = utf8.withUnsafeBufferPointer { TokenSpan.scan($0) }
        return mentions(utf8: utf8, tokens: tokens, context: context)
    }

    /// The same, for a text already tokenised (by `Tokenizer`).
    public func mentions(in text: String, tokens: [Token], context: [EntityMention] = []) -> [EntityMention] {
        let utf8 = Array(text.utf8)
        let spans = utf8.withUnsafeBufferPointer { TokenSpan.spans(of: tokens, in: $0) }
        return mentions(utf8: utf8, tokens: spans, context: context)
    }

    private func mentions(utf8: [UInt8], tokens: [TokenSpan], context: [EntityMention]) -> [EntityMention] {
        var scan = EntityScan(recognizer: self, tokens: tokens, utf8: utf8)
        let sentences = scan.sentences()
        scan.learn(context)
        scan.learnPlaces()
        // Ordinary sentences first, so that headlines (where every word is capitalised) can be
        // read against the names the body has established.
        var headline: [Bool] = []
        headline.reserveCapacity(sentences.count)
        for sentence in sentences { headline.append(scan.isTitleCase(sentence.tokens)) }
        for (sentence, isHeadline) in zip(sentences, headline) where !isHeadline {
            scan.scan(sentence.tokens, titleCase: false)
        }
        for (sentence, isHeadline) in zip(sentences, headline) where isHeadline {
            scan.scan(sentence.tokens, titleCase: true)
        }
        return scan.found.sorted { $0.start < $1.start }
    }
}
