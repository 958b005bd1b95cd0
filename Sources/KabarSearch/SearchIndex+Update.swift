import Foundation
import GRDB
import KabarCore

extension SearchIndex {
    /// Brings the index in line with the files: new, changed and deleted files are found by
    /// size, modification time and content hash. Work is committed in batches, so a build that
    /// is killed leaves a consistent index and the next update finishes it. A damaged file is
    /// rebuilt, and one that can't be written is left for an index in memory (see `warning`).
    public func update(files: [String], progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> IndexUpdate {
        lastFiles = files
        let started = Date()
        var result = try recovering { try applyUpdate(files: files, progress: progress) }
        result.seconds = Date().timeIntervalSince(started)
        return result
    }

    func applyUpdate(files: [String], progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> IndexUpdate {
        let started = Date()
        var result = IndexUpdate()
        // The glossary (and the entity and time lists) load while the files are listed.
        let loading = DispatchGroup()
        let (tokenizer, enrich) = (self.tokenizer, self.enrich)
        DispatchQueue.global(qos: .userInitiated).async(group: loading) {
            if tokenizer == .kabar { _ = KabarTokenizer.analyzer.analyze("kabar") }
            if enrich { _ = Enrichment.recognizer.mentions(in: "Kabar"); _ = Enrichment.tagger }
        }
        defer { loading.wait() }
        let stored = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, hash FROM articles").map { row in
                (id: row[0] as Int64, path: row[1] as String, size: row[2] as Int, mtime: row[3] as Double, hash: row[4] as String)
            }
        }
        var byPath: [String: (id: Int64, path: String, size: Int, mtime: Double, hash: String)] = [:]
        for row in stored { byPath[row.path] = row }
        let present = Set(files)
        let gone = stored.filter { !present.contains($0.path) }.map(\.id)
        var pending: [PendingFile] = []
        // Every file's size and modification time, on every core (a folder of many files).
        var attributes = [(size: Int, mtime: Double)?](repeating: nil, count: files.count)
        attributes.withUnsafeMutableBufferPointer { buffer in
            let results = UncheckedBuffer(buffer: buffer)
            let chunk = 512
            DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(files.count, (part + 1) * chunk) {
                    // The file a symbolic link points to: an edit of it is an edit of the article.
                    guard let status = FileStatus.of(files[index], followingLinks: true) else { continue }
                    results.buffer[index] = (status.size, status.modified)
                }
            }
        }
        for (file, attributes) in zip(files, attributes) {
            guard let (size, mtime) = attributes else { continue }
            // Within a microsecond: times are stored as doubles, so allow for their rounding.
            if let row = byPath[file], row.size == size, abs(row.mtime - mtime) < 1e-6 {
                result.unchanged += 1
            } else {
                pending.append(PendingFile(path: file, existing: byPath[file]?.id, size: size, mtime: mtime, storedHash: byPath[file]?.hash))
            }
        }
        if !gone.isEmpty {
            try writer.write { db in
                for id in gone { try SearchIndex.delete(id, db) }
            }
            result.removed = gone.count
        }
        // Batches of a few MB: each is committed on its own, so a build that is killed keeps
        // what it committed; and FTS5 writes at least one segment per commit, so a few large
        // batches leave it less merging to do than many small ones. The first batches are
        // small (512 KB, then twice as much each time), so writing starts early.
        var batches: [ArraySlice<PendingFile>] = []
        var batchStart = 0, batchBytes = 0
        var limit = SearchIndex.firstBatchBytes
        for (index, file) in pending.enumerated() {
            batchBytes += file.size
            if batchBytes >= limit || index + 1 - batchStart >= SearchIndex.batchFiles || index + 1 == pending.count {
                batches.append(pending[batchStart...index])
                batchStart = index + 1
                batchBytes = 0
                limit = min(limit * 2, SearchIndex.batchBytes)
            }
        }
        // Kabar's tokens are worked out while reading, outside the write (see `TokenStream`).
        let store = tokenizer == .kabar ? FormStore() : nil
        loading.wait()
        var done = 0
        var next = batches.first.map { SearchIndex.prepare($0, enrich: enrich, store: store) }
        for (number, batch) in batches.enumerated() {
            guard let current = next else { break }
            // The next batch is read, parsed and analysed on another thread while this one
            // is written.
            let upcoming = PreparedBox()
            let group = DispatchGroup()
            if number + 1 < batches.count {
                let following = batches[number + 1]
                DispatchQueue.global(qos: .userInitiated).async(group: group) {
                    upcoming.batch = SearchIndex.prepare(following, enrich: enrich, store: store)
                }
            }
            result.warnings += current.warnings
            result.bytes += current.bytes
            do {
                try writer.write { db in
                    for item in current.files {
                        guard let article = item.article else {
                            try db.cachedStatement(sql: "UPDATE articles SET size = ?, mtime = ? WHERE id = ?")
                                .execute(arguments: [item.size, item.mtime, item.existing])
                            result.unchanged += 1
                            continue
                        }
                        // Another kabar may have written this file's row since we looked.
                        let now = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM articles WHERE path = ?"),
                                                   arguments: [item.path])
                        // Columns by position: a lookup by name lower-cases the name, per article.
                        if let now, now[1] as String == item.hash {
                            try db.cachedStatement(sql: "UPDATE articles SET size = ?, mtime = ? WHERE id = ?")
                                .execute(arguments: [item.size, item.mtime, now[0] as Int64])
                            result.unchanged += 1
                            continue
                        }
                        if let now { try SearchIndex.delete(now[0], db) }
                        try KabarTokenizer.offering(item.streams) {
                            try SearchIndex.insert(article, size: item.size, mtime: item.mtime, hash: item.hash, layout: item.layout,
                                                   enrichment: item.enrichment, db)
                        }
                        if now == nil { result.added += 1 } else { result.changed += 1 }
                    }
                }
            } catch {
                group.wait()
                throw error
            }
            group.wait()
            next = upcoming.batch
            done += batch.count
            progress?(done, pending.count)
            if number + 1 < batches.count, let pause = SearchIndex.faultPauseAfterBatch { Thread.sleep(forTimeInterval: pause) }
        }
        result.seconds = Date().timeIntervalSince(started)
        return result
    }

    /// A batch is closed at this many bytes of files, or this many files.
    static let batchBytes = 8_000_000
    static let firstBatchBytes = 512_000
    static let batchFiles = 2048

    struct PendingFile: Sendable {
        var path: String
        var existing: Int64?
        var size: Int
        var mtime: Double
        var storedHash: String?
    }

    /// A file read and parsed, ready to write: `article` is nil when its content is unchanged.
    struct PreparedFile: Sendable {
        var path: String
        var existing: Int64?
        var size: Int
        var mtime: Double
        var hash: String
        var article: Article?
        var layout = ""
        var enrichment: Enrichment?
        var streams: [TokenStream] = []
    }

    struct PreparedBatch: Sendable {
        var files: [PreparedFile] = []
        var warnings: [String] = []
        var bytes = 0
    }

    final class PreparedBox: @unchecked Sendable {
        var batch: PreparedBatch?
    }

    /// Reads, hashes and parses a batch of files, and works out what the write needs: the
    /// blocks' layout, the entities and time expressions, the kabar tokens.
    static func prepare(_ files: ArraySlice<PendingFile>, enrich: Bool, store: FormStore?) -> PreparedBatch {
        let loader = ArticleLoader()
        var batch = PreparedBatch()
        for item in files {
            // At most the loader's limit for one article is read (it warns about the rest).
            guard let (data, fileSize) = try? loader.read(item.path) else {
                batch.warnings.append("\(item.path): cannot read file, not indexed")
                continue
            }
            let hash = ContentHash.of(data)
            if hash == item.storedHash {
                batch.files.append(PreparedFile(path: item.path, existing: item.existing, size: item.size, mtime: item.mtime, hash: hash))
                continue
            }
            let (article, warnings) = loader.parse(data: data, path: item.path, fileSize: fileSize)
            batch.warnings += warnings.map(\.description)
            guard let article else { continue }
            batch.bytes += data.count
            batch.files.append(PreparedFile(path: item.path, existing: item.existing, size: item.size, mtime: item.mtime, hash: hash,
                                            article: article, layout: ArticleRecord.layout(article)))
        }
        if let store {
            let texts = batch.files.map { file in
                file.article.map { [$0.title, $0.body, $0.source ?? ""].filter { !$0.isEmpty } } ?? []
            }
            var streams = store.streams(for: texts.flatMap { $0 })[...]
            for (index, texts) in texts.enumerated() {
                batch.files[index].streams = Array(streams.prefix(texts.count))
                streams = streams.dropFirst(texts.count)
            }
        }
        if enrich {
            // Entities and time expressions are the slowest part of an update by far: they
            // are found on every core (each article on its own).
            let articles = batch.files.map(\.article)
            var enrichments = [Enrichment?](repeating: nil, count: articles.count)
            enrichments.withUnsafeMutableBufferPointer { buffer in
                let results = UncheckedBuffer(buffer: buffer)
                DispatchQueue.concurrentPerform(iterations: articles.count) { index in
                    results.buffer[index] = articles[index].map(Enrichment.init)
                }
            }
            for index in batch.files.indices { batch.files[index].enrichment = enrichments[index] }
        }
        return batch
    }

    /// Each concurrent worker writes its own elements only.
    struct UncheckedBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }

    static func delete(_ id: Int64, _ db: Database) throws {
        // Cached statements: a bulk update runs these thousands of times.
        try db.cachedStatement(sql: """
            INSERT INTO articles_fts(articles_fts, rowid, title, body, source)
            SELECT 'delete', id, title, body, source FROM articles WHERE id = ?
            """).execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM analysis WHERE article = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM entity_names WHERE article = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [id])
    }

    static func insert(_ article: Article, size: Int, mtime: Double, hash: String, layout: String, enrichment: Enrichment?,
                       _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO articles(key, path, size, mtime, hash, title, source, date, body, layout)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article.id, article.path, size, mtime, hash, article.title, article.source,
                                     article.date?.description, article.body, layout])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO articles_fts(rowid, title, body, source) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, article.title, article.body, article.source ?? ""])
        guard let enrichment else { return }
        try db.cachedStatement(sql: "INSERT INTO analysis(article, mentions, events) VALUES (?, ?, ?)")
            .execute(arguments: [id, enrichment.records.mentions, enrichment.records.events])
        let name = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_names(name, article) VALUES (?, ?)")
        for text in enrichment.names {
            try name.execute(arguments: [text, id])
        }
    }

    /// Fault injection for the kill -9 test: `KABAR_FAULT_PAUSE_AFTER_BATCH_MS=N` waits N ms
    /// after each committed batch but the last, so a test can kill a build between commits
    /// however fast the machine is. Unset (always, outside that test), nothing waits.
    static let faultPauseAfterBatch: TimeInterval? = ProcessInfo.processInfo.environment["KABAR_FAULT_PAUSE_AFTER_BATCH_MS"]
        .flatMap(Double.init).map { $0 / 1000 }

    /// Brings the index in line with every article file under `folder`.
    public func update(folder: String, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> IndexUpdate {
        let scanner = ArticleFolderScanner(folder: folder)
        var result = try update(files: scanner.files, progress: progress)
        result.warnings = scanner.warnings.map { $0.description } + result.warnings
        return result
    }
}
