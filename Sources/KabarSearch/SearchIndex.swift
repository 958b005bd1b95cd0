import Foundation
import GRDB
import KabarCore

/// The persistent search index of an articles folder: SQLite with FTS5 through GRDB, in
/// WAL mode so several readers work at once, stored in `$XDG_CACHE_HOME/kabar/`.
///
/// Opening never fails: an index that is damaged or from another schema is rebuilt, and a
/// cache folder that can't be written gives a one-line `warning` and an index in memory.
/// The same holds later: damage found by an update or a search rebuilds the file, and a
/// write that fails (disk full, read-only file, another process holding the lock too long)
/// moves the index to memory; either way with a one-line `warning`, and the work is redone.
///
/// Several processes may update the same file at once: each batch is written in one
/// immediate transaction that checks what the others wrote, so both finish with the same
/// consistent index.
public final class SearchIndex: @unchecked Sendable {
    private(set) var writer: any DatabaseWriter
    /// The database file, or nil for an index in memory.
    public private(set) var path: String?
    /// One line for the user when the index had to be rebuilt or kept in memory.
    public private(set) var warning: String?
    let tokenizer: IndexTokenizer
    let enrich: Bool
    /// Runs on every connection before use (tests inject faults with it).
    let setUp: (@Sendable (Database) throws -> Void)?
    /// The files of the last update: an index found damaged by a search is rebuilt from them.
    var lastFiles: [String]?

    /// - Parameters:
    ///   - enrich: also store each article's entity mentions and time expressions.
    public static func open(folder: String, cacheDirectory: String = IndexLocation.cacheDirectory(),
                            tokenizer: IndexTokenizer = .kabar, enrich: Bool = true) -> SearchIndex {
        open(folder: folder, cacheDirectory: cacheDirectory, tokenizer: tokenizer, enrich: enrich, setUp: nil)
    }

    static func open(folder: String, cacheDirectory: String, tokenizer: IndexTokenizer = .kabar, enrich: Bool = true,
                     setUp: (@Sendable (Database) throws -> Void)?) -> SearchIndex {
        let path = IndexLocation.database(forFolder: folder, cacheDirectory: cacheDirectory)
        do {
            try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
            return try SearchIndex(path: path, tokenizer: tokenizer, enrich: enrich, setUp: setUp)
        } catch {
            let index = SearchIndex.inMemory(tokenizer: tokenizer, enrich: enrich)
            index.warning = SearchIndex.memoryWarning(cacheDirectory, error)
            return index
        }
    }

    /// An index that lives only as long as the process.
    public static func inMemory(tokenizer: IndexTokenizer = .kabar, enrich: Bool = true) -> SearchIndex {
        SearchIndex(writer: memoryQueue(tokenizer: tokenizer), path: nil, tokenizer: tokenizer, enrich: enrich, setUp: nil)
    }

    static func memoryQueue(tokenizer: IndexTokenizer) -> DatabaseQueue {
        // An in-memory database cannot fail to open.
        let queue = try! DatabaseQueue(configuration: SearchIndex.configuration(setUp: nil))
        try? queue.write { try IndexSchema.create($0, tokenizer: tokenizer.rawValue) }
        return queue
    }

    init(writer: any DatabaseWriter, path: String?, tokenizer: IndexTokenizer, enrich: Bool,
         setUp: (@Sendable (Database) throws -> Void)?) {
        self.writer = writer
        self.path = path
        self.tokenizer = tokenizer
        self.enrich = enrich
        self.setUp = setUp
    }

    /// Opens (or creates) the file; rebuilds it when it is damaged or from another schema.
    convenience init(path: String, tokenizer: IndexTokenizer, enrich: Bool, setUp: (@Sendable (Database) throws -> Void)?) throws {
        var rebuilt: String?
        var pool: DatabasePool
        do {
            pool = try SearchIndex.openPool(path, tokenizer: tokenizer, setUp: setUp)
            if try pool.read({ try Int.fetchOne($0, sql: "PRAGMA user_version") }) != IndexSchema.version {
                rebuilt = "the search index was from another version of Kabar; rebuilt it"
            }
        } catch let error as DatabaseError where SearchIndex.isDamage(error) {
            rebuilt = "the search index was damaged; rebuilt it"
            pool = try SearchIndex.recreate(path, tokenizer: tokenizer, setUp: setUp)
        }
        if rebuilt != nil {
            try? pool.close()
            pool = try SearchIndex.recreate(path, tokenizer: tokenizer, setUp: setUp)
        }
        self.init(writer: pool, path: path, tokenizer: tokenizer, enrich: enrich, setUp: setUp)
        // Only a fresh file with no schema at all is created silently.
        if let rebuilt, FileManager.default.fileExists(atPath: path) { warning = rebuilt }
    }

    /// Opens the pool, waiting (up to 30 s) while another kabar holds a lock that SQLite
    /// reports at once rather than through the busy timeout: two processes creating the
    /// same new file race for WAL mode and the schema.
    static func openPool(_ path: String, tokenizer: IndexTokenizer, setUp: (@Sendable (Database) throws -> Void)?) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                return try openPoolOnce(path, tokenizer: tokenizer, setUp: setUp)
            } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    private static func openPoolOnce(_ path: String, tokenizer: IndexTokenizer, setUp: (@Sendable (Database) throws -> Void)?) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration(setUp: setUp))
        let version = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } ?? 0
        if version == 0 {
            // Another process may be creating the same file: look again inside the (immediate)
            // write transaction, so only one of them creates the tables.
            try pool.write { db in
                let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if empty == 0 { try IndexSchema.create(db, tokenizer: tokenizer.rawValue) }
            }
        }
        // Touch the tables: a damaged file fails here rather than in the middle of a search.
        _ = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        return pool
    }

    /// Deletes the file (and its WAL) and creates an empty index.
    static func recreate(_ path: String, tokenizer: IndexTokenizer, setUp: (@Sendable (Database) throws -> Void)?) throws -> DatabasePool {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try openPool(path, tokenizer: tokenizer, setUp: setUp)
    }

    static func configuration(setUp: (@Sendable (Database) throws -> Void)?) -> Configuration {
        var config = Configuration()
        config.prepareDatabase { db in
            db.add(tokenizer: KabarTokenizer.self)
            RankFunction.register(db)
            try setUp?(db)
        }
        // Another kabar writing the same index holds its lock for one batch at a time (a
        // few seconds at most): wait for it rather than give up.
        config.busyMode = .timeout(60)
        return config
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return (error as NSError).localizedDescription
    }

    static func memoryWarning(_ cacheDirectory: String, _ error: Error) -> String {
        "cannot write the search index in \(cacheDirectory) (\(SearchIndex.reason(error))); searching from memory this time"
    }

    /// The file is not a database, or not a sound one.
    static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
    }

    /// The file can't be written: disk full, read-only, gone, or locked for too long.
    static func isUnwritable(_ error: DatabaseError) -> Bool {
        [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_BUSY, .SQLITE_LOCKED]
            .contains(error.resultCode)
    }

    /// Runs `work` on the index. When the file turns out damaged, it is rebuilt (empty) and
    /// `work` runs again; when it can't be written, the index moves to memory (empty) and
    /// `work` runs again. Either way `warning` says so.
    func recovering<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError where path != nil && SearchIndex.isDamage(error) {
            try rebuild()
            do {
                return try work()
            } catch let error as DatabaseError where path != nil && (SearchIndex.isDamage(error) || SearchIndex.isUnwritable(error)) {
                moveToMemory(error)
                return try work()
            }
        } catch let error as DatabaseError where path != nil && SearchIndex.isUnwritable(error) {
            moveToMemory(error)
            return try work()
        }
    }

    /// Replaces a damaged file with an empty index.
    func rebuild() throws {
        guard let path else { return }
        try? writer.close()
        do {
            writer = try SearchIndex.recreate(path, tokenizer: tokenizer, setUp: setUp)
            warning = "the search index was damaged; rebuilt it"
        } catch {
            moveToMemory(error)
        }
    }

    /// Leaves the file (what was committed stays for the next run) for an empty index in memory.
    func moveToMemory(_ error: Error) {
        guard let path else { return }
        try? writer.close()
        writer = SearchIndex.memoryQueue(tokenizer: tokenizer)
        self.path = nil
        warning = SearchIndex.memoryWarning((path as NSString).deletingLastPathComponent, error)
    }

    /// The number of articles indexed.
    public func count() throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") } ?? 0
    }

    /// Every article, rebuilt from the index (no file is read), in path order. `progress`
    /// gets (articles read, articles in all) every few hundred articles.
    public func articles(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> [Article] {
        try writer.read { try SearchIndex.readArticles($0, progress: progress) }
    }

    static func readArticles(_ db: Database, progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> [Article] {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
        return try fetchArticles(db, withText: true, expected: total, progress: progress)
    }

    /// The articles in path order, at most `limit` of them. Without their text, only the
    /// columns stored before it are read (the covering index `articles_list`), and each
    /// article's blocks are empty.
    static func fetchArticles(_ db: Database, withText: Bool, limit: Int = -1, expected: Int = 0,
                              progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> [Article] {
        // A cursor reads each row straight from the statement (no copy of the row), and
        // columns go by position: GRDB's lookup by name lower-cases the name for every row.
        var articles: [Article] = []
        articles.reserveCapacity(expected)
        let columns = withText ? "key, path, title, source, date, size, body, layout" : "key, path, title, source, date, size"
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM articles ORDER BY path LIMIT ?", arguments: [limit])
        while let row = try rows.next() {
            articles.append(ArticleRecord.article(key: row[0], path: row[1], title: row[2], source: row[3], date: row[4],
                                                  body: withText ? row[6] : "", layout: withText ? row[7] : "", size: row[5]))
            if articles.count % 500 == 0 || articles.count == expected { progress?(articles.count, expected) }
        }
        return articles
    }
}
