import Foundation
import GRDB
import KabarCore

/// The persistent search index of an articles folder: SQLite with FTS5 through GRDB, in
/// WAL mode so several readers work at once, stored in `$XDG_CACHE_HOME/kabar/`.
///
/// Opening never fails: an index that is damaged or from another schema is rebuilt, and a
/// cache folder that can't be written gives a one-line `warning` and an index in memory.
public final class SearchIndex: @unchecked Sendable {
    let writer: any DatabaseWriter
    /// The database file, or nil for an index in memory.
    public let path: String?
    /// One line for the user when the index had to be rebuilt or kept in memory.
    public private(set) var warning: String?
    let tokenizer: IndexTokenizer
    let enrich: Bool

    /// - Parameters:
    ///   - enrich: also store each article's entity mentions and time expressions.
    public static func open(folder: String, cacheDirectory: String = IndexLocation.cacheDirectory(),
                            tokenizer: IndexTokenizer = .kabar, enrich: Bool = true) -> SearchIndex {
        let path = IndexLocation.database(forFolder: folder, cacheDirectory: cacheDirectory)
        do {
            try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
            return try SearchIndex(path: path, tokenizer: tokenizer, enrich: enrich)
        } catch {
            let index = SearchIndex.inMemory(tokenizer: tokenizer, enrich: enrich)
            index.warning = "cannot write the search index in \(cacheDirectory) (\(SearchIndex.reason(error))); searching from memory this time"
            return index
        }
    }

    /// An index that lives only as long as the process.
    public static func inMemory(tokenizer: IndexTokenizer = .kabar, enrich: Bool = true) -> SearchIndex {
        // An in-memory database cannot fail to open.
        let queue = try! DatabaseQueue(configuration: SearchIndex.configuration())
        try? queue.write { try IndexSchema.create($0, tokenizer: tokenizer.rawValue) }
        return SearchIndex(writer: queue, path: nil, tokenizer: tokenizer, enrich: enrich)
    }

    init(writer: any DatabaseWriter, path: String?, tokenizer: IndexTokenizer, enrich: Bool) {
        self.writer = writer
        self.path = path
        self.tokenizer = tokenizer
        self.enrich = enrich
    }

    /// Opens (or creates) the file; rebuilds it when it is damaged or from another schema.
    convenience init(path: String, tokenizer: IndexTokenizer, enrich: Bool) throws {
        var rebuilt: String?
        var pool: DatabasePool
        do {
            pool = try SearchIndex.openPool(path, tokenizer: tokenizer)
            if try pool.read({ try Int.fetchOne($0, sql: "PRAGMA user_version") }) != IndexSchema.version {
                rebuilt = "the search index was from another version of Kabar; rebuilt it"
            }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            rebuilt = "the search index was damaged; rebuilt it"
            pool = try SearchIndex.recreate(path, tokenizer: tokenizer)
        }
        if rebuilt != nil {
            try? pool.close()
            pool = try SearchIndex.recreate(path, tokenizer: tokenizer)
        }
        self.init(writer: pool, path: path, tokenizer: tokenizer, enrich: enrich)
        // Only a fresh file with no schema at all is created silently.
        if let rebuilt, FileManager.default.fileExists(atPath: path) { warning = rebuilt }
    }

    static func openPool(_ path: String, tokenizer: IndexTokenizer) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        let version = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } ?? 0
        if version == 0 {
            let empty = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") } ?? 0
            if empty == 0 { try pool.write { try IndexSchema.create($0, tokenizer: tokenizer.rawValue) } }
        }
        // Touch the tables: a damaged file fails here rather than in the middle of a search.
        _ = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        return pool
    }

    /// Deletes the file (and its WAL) and creates an empty index.
    static func recreate(_ path: String, tokenizer: IndexTokenizer) throws -> DatabasePool {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try openPool(path, tokenizer: tokenizer)
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.prepareDatabase { db in
            db.add(tokenizer: KabarTokenizer.self)
            RankFunction.register(db)
        }
        config.busyMode = .timeout(10)
        return config
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return (error as NSError).localizedDescription
    }

    /// The number of articles indexed.
    public func count() throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") } ?? 0
    }

    /// Every article, rebuilt from the index (no file is read), in path order.
    public func articles() throws -> [Article] {
        try writer.read { db in
            // A cursor reads each row straight from the statement (no copy of the row), and
            // columns go by position: GRDB's lookup by name lower-cases the name for every row.
            var articles: [Article] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT key, path, title, source, date, blocks FROM articles ORDER BY path")
            while let row = try rows.next() {
                articles.append(ArticleRecord.article(key: row[0], path: row[1], title: row[2], source: row[3],
                                                      date: row[4], blocks: row[5]))
            }
            return articles
        }
    }
}
