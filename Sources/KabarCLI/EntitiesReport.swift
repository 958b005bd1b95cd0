import KabarCore

/// `kabar entities`: the entities of the articles, most mentioned first.
public enum EntitiesReport {
    /// `{"entities":[{"id","name","type","mentions":[{"article","field","start","end","text"}]}]}`.
    public static func json(_ entities: [Entity]) -> JSONValue {
        .object([("entities", .array(entities.map { entity in
            .object([
                ("id", .string(entity.id)),
                ("name", .string(entity.name)),
                ("type", .string(entity.type.rawValue)),
                ("mentions", .array(entity.mentions.map { mention in
                    .object([
                        ("article", .string(mention.article)), ("field", .string(mention.field.rawValue)),
                        ("start", .int(mention.start)), ("end", .int(mention.end)), ("text", .string(mention.text)),
                    ])
                })),
            ])
        }))])
    }

    /// One line per entity: mentions, type, name, and the articles it appears in.
    public static func text(_ entities: [Entity]) -> String {
        entities.map { entity in
            let articles = Set(entity.mentions.map(\.article)).count
            return "\(entity.mentions.count)\t\(entity.type.rawValue)\t\(entity.name.terminalSafe)\t(\(articles) article\(articles == 1 ? "" : "s"))"
        }.joined(separator: "\n") + (entities.isEmpty ? "" : "\n")
    }
}
