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
    public func mentions(in text: String) -> [EntityMention] {
        mentions(title: "", body: text).body
    }

    /// The mentions of an article's title and body (NFC), read as one text (one scan, one
    /// table of its words): the body first, then the title against the names the body
    /// established. Offsets are into each field.
    /// - Parameter tokens: the fields' tokens, when they are made already (by `Tokenizer`);
    ///   otherwise the text is tokenised here, on its bytes, without a `String` per token.
    public func mentions(title: String, body: String, tokens: (title: [Token], body: [Token])? = nil)
        -> (title: [EntityMention], body: [EntityMention]) {
        let separated = !title.isEmpty && !body.isEmpty
        var utf8: [UInt8] = []
        utf8.reserveCapacity(title.utf8.count + 2 + body.utf8.count)
        utf8.append(contentsOf: title.utf8)
        let titleScalars = title.unicodeScalars.count
        // A blank line: no sentence runs from the title into the body.
        if separated { utf8.append(contentsOf: [10, 10]) }
        let bodyByte = utf8.count, bodyScalar = titleScalars + (separated ? 2 : 0)
        utf8.append(contentsOf: body.utf8)
        let spans = utf8.withUnsafeBufferPointer { all -> [TokenSpan] in
            guard let tokens else { return TokenSpan.scan(all) }
            let titleSpans = TokenSpan.spans(of: tokens.title, in: UnsafeBufferPointer(rebasing: all[..<title.utf8.count]))
            let bodySpans = TokenSpan.spans(of: tokens.body, in: UnsafeBufferPointer(rebasing: all[bodyByte...]))
            return titleSpans + bodySpans.map { $0.moved(bytes: bodyByte, scalars: bodyScalar) }
        }
        var inTitle: [EntityMention] = [], inBody: [EntityMention] = []
        for var mention in mentions(utf8: utf8, tokens: spans, bodyByte: bodyByte) {
            if mention.end <= titleScalars {
                inTitle.append(mention)
            } else if mention.start >= bodyScalar {
                mention.start -= bodyScalar
                mention.end -= bodyScalar
                inBody.append(mention)
            }
        }
        return (inTitle, inBody)
    }

    /// - Parameter bodyByte: where the body starts (the sentences before it are the title's,
    ///   read after the body's); 0 when there is no title.
    private func mentions(utf8: [UInt8], tokens: [TokenSpan], bodyByte: Int) -> [EntityMention] {
        var scan = EntityScan(recognizer: self, tokens: tokens, utf8: utf8)
        let sentences = scan.sentences()
        scan.learnPlaces()
        // The body, then the title; in each, ordinary sentences first, so that headlines
        // (where every word is capitalised) are read against the names established.
        let headline = sentences.map { scan.isTitleCase($0.tokens) }
        let inTitle = sentences.map { !$0.tokens.isEmpty && tokens[$0.tokens.lowerBound].byteStart < bodyByte }
        for part in [false, true] {
            for titleCase in [false, true] {
                for k in sentences.indices where inTitle[k] == part && headline[k] == titleCase {
                    scan.scan(sentences[k].tokens, titleCase: titleCase)
                }
            }
        }
        return scan.found.sorted { $0.start < $1.start }
    }
}
