import KabarCore

/// `kabar gloss`: word readings, and an article's vocabulary.
public enum GlossReport {
    /// `{"results":[{"word","analyses":[{"lemma","root","affixes":[…],"pos","gloss","source"}]}]}`.
    public static func json(words: [String], analyzer: MorphAnalyzer) -> JSONValue {
        .object([("results", .array(words.map { word in
            .object([
                ("word", .string(word)),
                ("analyses", .array(analyzer.analyze(word).map(json))),
            ])
        }))])
    }

    static func json(_ analysis: Analysis) -> JSONValue {
        .object([
            ("lemma", .string(analysis.lemma)),
            ("root", .string(analysis.root)),
            ("affixes", .array(analysis.affixes.map(JSONValue.string))),
            ("pos", .string(analysis.pos)),
            ("gloss", .string(analysis.gloss)),
            ("source", .string(analysis.source)),
        ])
    }

    /// One block per word: the word, then each reading as "lemma (pos) gloss · breakdown".
    public static func text(words: [String], analyzer: MorphAnalyzer) -> String {
        var out = ""
        for word in words {
            let analyses = analyzer.analyze(word)
            out += analyses.isEmpty ? "\(word.terminalSafe): no reading\n" : "\(word.terminalSafe)\n"
            for analysis in analyses {
                out += "  \(analysis.lemma.terminalSafe) (\(analysis.pos.terminalSafe)) \(analysis.gloss.terminalSafe)"
                if !analysis.affixes.isEmpty { out += "  [\(analysis.breakdown(of: word).terminalSafe)]" }
                if analysis.source != "kabar" { out += "  {\(analysis.source.terminalSafe)}" }
                out += "\n"
            }
        }
        return out
    }

    /// An article's vocabulary: every lemma of its words, most frequent first.
    public static func vocabulary(of analyzed: AnalyzedArticle, analyzer: MorphAnalyzer) -> [VocabularyItem] {
        var items: [String: VocabularyItem] = [:]
        for field in [TextField.title, .body] {
            for token in analyzed.tokens(in: field) where token.kind == .word {
                guard let best = analyzer.analyze(token.text).first else { continue }
                var item = items[best.lemma] ?? VocabularyItem(lemma: best.lemma, pos: best.pos, gloss: best.gloss, count: 0, forms: [])
                item.count += 1
                let form = Glossary.fold(token.text)
                if !item.forms.contains(form) { item.forms.append(form) }
                items[best.lemma] = item
            }
        }
        return items.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lemma < $1.lemma }
    }

    public static func vocabularyJSON(_ items: [VocabularyItem], article: String) -> JSONValue {
        .object([
            ("article", .string(article)),
            ("vocabulary", .array(items.map { item in
                .object([
                    ("lemma", .string(item.lemma)), ("count", .int(item.count)), ("pos", .string(item.pos)),
                    ("gloss", .string(item.gloss)), ("forms", .array(item.forms.map(JSONValue.string))),
                ])
            })),
        ])
    }

    public static func vocabularyText(_ items: [VocabularyItem]) -> String {
        items.map { "\($0.count)\t\($0.lemma.terminalSafe)\t\($0.gloss.terminalSafe)\t\($0.forms.joined(separator: ", ").terminalSafe)" }.joined(separator: "\n") + "\n"
    }
}

/// One lemma of an article's vocabulary.
public struct VocabularyItem: Hashable, Sendable {
    public var lemma: String
    public var pos: String
    public var gloss: String
    public var count: Int
    public var forms: [String]
}
