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
        // Full names per article, and across the corpus.
        var fullNames: [String: Set<String>] = [:]   // article → folded multi-word person names
        var corpusFull = Set<String>()
        var organizations: [String: Set<String>] = [:]   // article → folded organisation names
        for group in found {
            for mention in group.mentions {
                let key = fold(mention.text)
                if mention.type == .person, key.contains(" ") {
                    fullNames[group.article, default: []].insert(key)
                    corpusFull.insert(key)
                }
                if mention.type == .organization, key.contains(" ") {
                    organizations[group.article, default: []].insert(key)
                }
            }
        }
        var entities: [String: Entity] = [:]
        var order: [String] = []
        for group in found {
            for mention in group.mentions {
                let (name, type) = canonical(mention, article: group.article, fullNames: fullNames,
                                             corpusFull: corpusFull, organizations: organizations)
                let id = "\(type.rawValue):\(slug(name))"
                if entities[id] == nil {
                    entities[id] = Entity(id: id, name: display(name, mention: mention), type: type, mentions: [])
                    order.append(id)
                }
                entities[id]?.mentions.append(.init(article: group.article, field: group.field,
                                                    start: mention.start, end: mention.end, text: mention.text))
            }
        }
        // The display name is the full name as written, when some mention spells it out.
        for id in order {
            guard var entity = entities[id] else { continue }
            if let exact = entity.mentions.first(where: { fold($0.text) == fold(entity.name) }) { entity.name = exact.text }
            entities[id] = entity
        }
        return order.compactMap { entities[$0] }.sorted {
            $0.mentions.count != $1.mentions.count ? $0.mentions.count > $1.mentions.count : $0.name < $1.name
        }
    }

    /// The name a mention is filed under.
    static func canonical(_ mention: EntityMention, article: String, fullNames: [String: Set<String>],
                          corpusFull: Set<String>, organizations: [String: Set<String>]) -> (String, EntityType) {
        let key = fold(mention.text)
        if mention.type == .person, !key.contains(" ") {
            // A short form is a name's first or last word (Liang Wenfeng, Patrick Kluivert).
            func isPart(_ name: String) -> Bool {
                let words = name.split(separator: " ")
                return words.first.map(String.init) == key || words.last.map(String.init) == key
            }
            let local = (fullNames[article] ?? []).filter(isPart)
            if local.count == 1 { return (local.first!, .person) }
            if local.isEmpty {
                let global = corpusFull.filter(isPart)
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

    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func slug(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
            .split(separator: "-").joined(separator: "-")
    }

    /// The display form: the mention's own text when it spells the canonical name.
    static func display(_ name: String, mention: EntityMention) -> String {
        fold(mention.text) == name ? mention.text : name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
