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

    /// The mentions of an article's title and body, read as one text (one scan, one table of
    /// its words): the body first, then the title against the names the body established.
    /// Offsets are into each field.
    public func mentions(title: String, body: String) -> (title: [EntityMention], body: [EntityMention]) {
        if title.isEmpty { return ([], mentions(in: body)) }
        if body.isEmpty { return (mentions(in: title), []) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(title.utf8.count + 2 + body.utf8.count)
        utf8.append(contentsOf: title.utf8)
        // A blank line: no sentence runs from the title into the body.
        utf8.append(contentsOf: [10, 10])
        let bodyByte = utf8.count
        utf8.append(contentsOf: body.utf8)
        let tokens = utf8.withUnsafeBufferPointer { TokenSpan.scan($0) }
        let found = mentions(utf8: utf8, tokens: tokens, context: [], bodyByte: bodyByte)
        let shift = title.unicodeScalars.count + 2
        var inTitle: [EntityMention] = [], inBody: [EntityMention] = []
        for var mention in found {
            if mention.end <= shift - 2 {
                inTitle.append(mention)
            } else if mention.start >= shift {
                mention.start -= shift
                mention.end -= shift
                inBody.append(mention)
            }
        }
        return (inTitle, inBody)
    }

    /// - Parameter bodyByte: where the body starts when the text is a title and a body (the
    ///   sentences before it are the title's, read last); 0 for one text.
    private func mentions(utf8: [UInt8], tokens: [TokenSpan], context: [EntityMention], bodyByte: Int = 0) -> [EntityMention] {
        var scan = EntityScan(recognizer: self, tokens: tokens, utf8: utf8)
        let sentences = scan.sentences()
        scan.learn(context)
        scan.learnPlaces()
        // Ordinary sentences first, so that headlines (where every word is capitalised) can be
        // read against the names the body has established; an article's title after its body.
        var headline: [Bool] = []
        headline.reserveCapacity(sentences.count)
        for sentence in sentences { headline.append(scan.isTitleCase(sentence.tokens)) }
        for part in [false, true] where bodyByte > 0 || !part {
            for (sentence, isHeadline) in zip(sentences, headline) where !isHeadline && isTitle(sentence, part, bodyByte, tokens) {
                scan.scan(sentence.tokens, titleCase: false)
            }
            for (sentence, isHeadline) in zip(sentences, headline) where isHeadline && isTitle(sentence, part, bodyByte, tokens) {
                scan.scan(sentence.tokens, titleCase: true)
            }
        }
        return scan.found.sorted { $0.start < $1.start }
    }

    /// Whether a sentence is in the part asked for: the title (before `bodyByte`) or not.
    private func isTitle(_ sentence: Sentence, _ title: Bool, _ bodyByte: Int, _ tokens: [TokenSpan]) -> Bool {
        guard bodyByte > 0, !sentence.tokens.isEmpty else { return !title }
        return (tokens[sentence.tokens.lowerBound].byteStart < bodyByte) == title
    }
}
