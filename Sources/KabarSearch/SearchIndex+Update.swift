import Foundation
import GRDB
import KabarCore

extension SearchIndex {
    /// Brings the index in line with the files: new, changed and deleted files are found by
    /// size, modification time and content hash. Work is committed in batches, so a build that
    /// is killed leaves a consistent index and the next update finishes it.
    public func update(files: [String], progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> IndexUpdate {
        let started = Date()
        var result = IndexUpdate()
        let stored = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, hash FROM articles").map { row in
                (id: row["id"] as Int64, path: row["path"] as String, size: row["size"] as Int, mtime: row["mtime"] as Double, hash: row["hash"] as String)
            }
        }
        var byPath: [String: (id: Int64, path: String, size: Int, mtime: Double, hash: String)] = [:]
        for row in stored { byPath[row.path] = row }
        let present = Set(files)
        let gone = stored.filter { !present.contains($0.path) }.map(\.id)
        var pending: [(path: String, existing: Int64?, size: Int, mtime: Double, storedHash: String?)] = []
        for file in files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            if let row = byPath[file], row.size == size, row.mtime == mtime {
                result.unchanged += 1
            } else {
                pending.append((file, byPath[file]?.id, size, mtime, byPath[file]?.hash))
            }
        }
        if !gone.isEmpty {
            try writer.write { db in
                for id in gone { try SearchIndex.delete(id, db) }
            }
            result.removed = gone.count
        }
        let loader = ArticleLoader()
        let batch = 256
        var done = 0
        for start in stride(from: 0, to: pending.count, by: batch) {
            let slice = pending[start..<min(pending.count, start + batch)]
            // Read and analyse outside the transaction; write the batch at once.
            var prepared: [(path: String, existing: Int64?, size: Int, mtime: Double, hash: String, article: Article?)] = []
            for item in slice {
                guard let data = FileManager.default.contents(atPath: item.path) else {
                    result.warnings.append("\(item.path): cannot read file, not indexed")
                    continue
                }
                let hash = ContentHash.of(data)
                if hash == item.storedHash {
                    prepared.append((item.path, item.existing, item.size, item.mtime, hash, nil))
                    continue
                }
                let (article, warnings) = loader.parse(data: data, path: item.path)
                result.warnings += warnings.map(\.description)
                guard let article else { continue }
                result.bytes += data.count
                prepared.append((item.path, item.existing, item.size, item.mtime, hash, article))
            }
            let enrichments = enrich ? prepared.map { $0.article.map(Enrichment.init) } : prepared.map { _ in nil }
            try writer.write { db in
                for (item, enrichment) in zip(prepared, enrichments) {
                    guard let article = item.article else {
                        try db.execute(sql: "UPDATE articles SET size = ?, mtime = ? WHERE id = ?", arguments: [item.size, item.mtime, item.existing])
                        result.unchanged += 1
                        continue
                    }
                    if let existing = item.existing { try SearchIndex.delete(existing, db) }
                    try SearchIndex.insert(article, size: item.size, mtime: item.mtime, hash: item.hash, enrichment: enrichment, db)
                    if item.existing == nil { result.added += 1 } else { result.changed += 1 }
                }
            }
            done += slice.count
            progress?(done, pending.count)
        }
        result.seconds = Date().timeIntervalSince(started)
        return result
    }

    static func delete(_ id: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO articles_fts(articles_fts, rowid, title, body, source)
            SELECT 'delete', id, title, body, source FROM articles WHERE id = ?
            """, arguments: [id])
        try db.execute(sql: "DELETE FROM mentions WHERE article = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM events WHERE article = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }

    static func insert(_ article: Article, size: Int, mtime: Double, hash: String, enrichment: Enrichment?, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO articles(key, path, size, mtime, hash, title, source, date, body, blocks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [article.id, article.path, size, mtime, hash, article.title, article.source,
                             article.date?.description, article.body, ArticleRecord.blocksJSON(article)])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO articles_fts(rowid, title, body, source) VALUES (?, ?, ?, ?)",
                       arguments: [id, article.title, article.body, article.source ?? ""])
        guard let enrichment else { return }
        for mention in enrichment.mentions {
            try db.execute(sql: "INSERT INTO mentions(article, name, type, field, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, mention.name, mention.type, mention.field, mention.start, mention.end, mention.text])
        }
        for event in enrichment.events {
            try db.execute(sql: "INSERT INTO events(article, value, type, text, field, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, event.value, event.type, event.text, event.field, event.start, event.end])
        }
    }

    /// Brings the index in line with every article file under `folder`.
    public func update(folder: String, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> IndexUpdate {
        let scanner = ArticleFolderScanner(folder: folder)
        var result = try update(files: scanner.files, progress: progress)
        result.warnings = scanner.warnings.map { $0.description } + result.warnings
        return result
    }
}

/// What the index stores of an article besides its text: entity mentions (with the name of
/// the entity they belong to in that article) and time expressions.
struct Enrichment {
    struct Mention { var name, type, field: String; var start, end: Int; var text: String }
    struct Event { var value: String?; var type, text, field: String; var start, end: Int }
    var mentions: [Mention] = []
    var events: [Event] = []

    static let recognizer = EntityRecognizer()
    static let tagger = TemporalTagger()

    init(_ article: Article) {
        let analyzed = AnalyzedArticle(article)
        let body = Enrichment.recognizer.mentions(in: article.body, tokens: analyzed.bodyTokens)
        let title = Enrichment.recognizer.mentions(in: article.title, tokens: analyzed.titleTokens, context: body)
        let linked = EntityLinker.link([.init(article: article.id, field: .title, mentions: title),
                                        .init(article: article.id, field: .body, mentions: body)])
        for entity in linked {
            for mention in entity.mentions {
                mentions.append(Mention(name: entity.name, type: entity.type.rawValue, field: mention.field.rawValue,
                                        start: mention.start, end: mention.end, text: mention.text))
            }
        }
        for field in [TextField.title, .body] {
            let expressions = Enrichment.tagger.expressions(in: analyzed.text(of: field), tokens: analyzed.tokens(in: field),
                                                            anchor: article.date)
            for expression in expressions {
                events.append(Event(value: expression.value, type: expression.type.rawValue, text: expression.text,
                                    field: field.rawValue, start: expression.start, end: expression.end))
            }
        }
    }
}
