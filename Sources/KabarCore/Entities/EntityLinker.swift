/// Merges mentions into entities: the same name in any article is one entity; a person's
/// short form (Kluivert) joins the one full name it is part of; an acronym (BNPB) joins the
/// organisation whose initials it spells. Ambiguous short forms stay entities of their own.
public enum EntityLinker {
    /// Mentions found in one field of one article.
    public struct Found: Sendable {
        public var article: String
        public var field: TextField
        public var mentions: [EntityMention]

        public init(article: String, field: TextField, mentions: [EntityMention]) {
            self.article = article
            self.field = field
            self.mentions = mentions
        }
    }

    public static func link(_ found: [Found]) -> [Entity] {
        // A corpus names the same few thousand things over and over: each text is folded,
        // and each name made an id, once.
        var folds: [String: String] = [:]
        func folded(_ text: String) -> String {
            if let known = folds[text] { return known }
            let key = fold(text)
            folds[text] = key
            return key
        }
        var slugs: [String: String] = [:]
        // A person's full names by their first and last words (folded), in each article and
        // across the corpus: a short form finds its full names at once, however large the
        // corpus.
        var articleParts: [String: [String: Set<String>]] = [:]
        var corpusParts: [String: Set<String>] = [:]
        var organizations: [String: Set<String>] = [:]   // article → folded organisation names
        for group in found {
            for mention in group.mentions {
                let key = folded(mention.text)
                guard hasSpace(key) else { continue }
                if mention.type == .person {
                    let words = key.split(separator: " ")
                    for word in [words.first, words.last].compactMap({ $0 }) {
                        articleParts[group.article, default: [:]][String(word), default: []].insert(key)
                        corpusParts[String(word), default: []].insert(key)
                    }
                }
                if mention.type == .organization {
                    organizations[group.article, default: []].insert(key)
                }
            }
        }
        var entities: [Entity] = []
        var position: [String: Int] = [:]
        for group in found {
            for mention in group.mentions {
                let key = folded(mention.text)
                let (name, type) = canonical(mention, key: key, article: group.article, articleParts: articleParts,
                                             corpusParts: corpusParts, organizations: organizations)
                let slugged = slugs[name] ?? { let made = slug(name); slugs[name] = made; return made }()
                let id = "\(type.rawValue):\(slugged)"
                let index = position[id] ?? {
                    entities.append(Entity(id: id, name: display(name, mention: mention, key: key), type: type, mentions: []))
                    position[id] = entities.count - 1
                    return entities.count - 1
                }()
                entities[index].mentions.append(.init(article: group.article, field: group.field,
                                                      start: mention.start, end: mention.end, text: mention.text))
            }
        }
        // The display name is the full name as written, when some mention spells it out.
        for index in entities.indices {
            let name = folded(entities[index].name)
            if let exact = entities[index].mentions.first(where: { folded($0.text) == name }) { entities[index].name = exact.text }
        }
        return entities.sorted {
            $0.mentions.count != $1.mentions.count ? $0.mentions.count > $1.mentions.count : $0.name < $1.name
        }
    }

    /// Whether a folded name has more than one word.
    static func hasSpace(_ key: String) -> Bool {
        key.utf8.contains(0x20)
    }

    /// The name a mention is filed under.
    /// - Parameters:
    ///   - key: the mention's text folded (`fold`).
    ///   - articleParts: per article, a person's full names by their first and last words.
    ///   - corpusParts: the same across the corpus.
    static func canonical(_ mention: EntityMention, key: String, article: String, articleParts: [String: [String: Set<String>]],
                          corpusParts: [String: Set<String>], organizations: [String: Set<String>]) -> (String, EntityType) {
        if mention.type == .person, !hasSpace(key) {
            // A short form is a name's first or last word (Liang Wenfeng, Patrick Kluivert).
            let local = articleParts[article]?[key] ?? []
            if local.count == 1 { return (local.first!, .person) }
            if local.isEmpty {
                let global = corpusParts[key] ?? []
                if global.count == 1 { return (global.first!, .person) }
            }
        }
        if mention.type == .organization, isAcronym(mention.text) {
            let letters = key
            let matches = (organizations[article] ?? []).filter { initials($0) == letters }
            if matches.count == 1 { return (matches.first!, .organization) }
        }
        return (key, mention.type)
    }

    /// "badan meteorologi, klimatologi, dan geofisika" → "bmkg".
    static func initials(_ name: String) -> String {
        let skip: Set<String> = ["dan", "dari", "untuk", "di", "ke", "&", "of", "and", "the", "for"]
        return String(name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
            .filter { !skip.contains(String($0)) }.compactMap(\.first))
    }

    static func isAcronym(_ text: String) -> Bool {
        LetterCase(text).isAcronym
    }

    /// Lower case, runs of white space as one space, none at the ends.
    static func fold(_ text: String) -> String {
        var text = text
        // ASCII (most names) byte by byte; the same result as the general rule below.
        if let ascii = text.withUTF8({ bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(0x20); space = false }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }) {
            return ascii
        }
        return text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func slug(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
            .split(separator: "-").joined(separator: "-")
    }

    /// The display form: the mention's own text when it spells the canonical name (`key`
    /// is the mention's text folded).
    static func display(_ name: String, mention: EntityMention, key: String) -> String {
        key == name ? mention.text : name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
